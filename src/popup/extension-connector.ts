import { sendMessage } from '../shared/send-message';
import type { PopupConnector } from './connector';

export const extensionConnector: PopupConnector = {
  weeklySummary: () => sendMessage({ type: 'page/weekly-summary' }),
};
