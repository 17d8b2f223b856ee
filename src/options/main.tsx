import { render } from 'preact';
import { t, uiLanguage } from '../popup/i18n';
import { extensionConnector } from './extension-connector';
import { OptionsApp } from './options-app';

const locale = uiLanguage();
document.documentElement.lang = locale;
document.title = t('optionsTitle');
const app = document.getElementById('app');
if (app) {
  render(<OptionsApp connector={extensionConnector} locale={locale} browserTimeZone={Intl.DateTimeFormat().resolvedOptions().timeZone} />, app);
}
