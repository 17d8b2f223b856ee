import { render } from 'preact';
import { PopupApp } from './popup-app';
import { extensionConnector } from './extension-connector';

const app = document.getElementById('app');
if (app) render(<PopupApp connector={extensionConnector} />, app);
