import browser from 'webextension-polyfill';
import { sendMessage } from '../shared/send-message';
import type { OptionsConnector } from './connector';

export const extensionConnector: OptionsConnector = {
  getSettings: () => sendMessage({ type: 'page/get-settings' }),
  saveSettings: (settings) => sendMessage({ type: 'page/save-settings', settings }),
  exportData: () => sendMessage({ type: 'page/export' }),
  deleteAll: () => sendMessage({ type: 'page/delete-all' }),
  requestNotifications: () => browser.permissions.request({ permissions: ['notifications'] }),
};
