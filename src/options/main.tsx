import { render } from 'preact';
import { uiLanguage } from '../popup/i18n';
import { extensionConnector } from './extension-connector';
import { OptionsApp } from './options-app';

const locale = uiLanguage();
document.documentElement.lang = locale;
const app = document.getElementById('app');
if (app) {
  render(<OptionsApp connector={extensionConnector} locale={locale} browserTimeZone={Intl.DateTimeFormat().resolvedOptions().timeZone} />, app);
}
