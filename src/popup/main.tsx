import { render } from 'preact';
import { PopupApp } from './popup-app';
import { extensionConnector } from './extension-connector';
import { uiLanguage } from './i18n';

const locale = uiLanguage();
document.documentElement.lang = locale;
const app = document.getElementById('app');
if (app) render(<PopupApp connector={extensionConnector} locale={locale} />, app);
