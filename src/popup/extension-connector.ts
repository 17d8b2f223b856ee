import browser from 'webextension-polyfill';
import { sendMessage } from '../shared/send-message';
import type { PopupConnector } from './connector';

export const extensionConnector: PopupConnector = {
  weeklySummary: () => sendMessage({ type: 'page/weekly-summary' }),
  openTab: async (url) => {
    await browser.tabs.create({ url });
    window.close();
  },
  openOptions: async () => {
    await browser.runtime.openOptionsPage();
    window.close();
  },
};
