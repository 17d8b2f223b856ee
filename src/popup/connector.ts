import type { WeeklySummary } from '../shared/store-types';

/** Everything the popup needs from the extension; tests and previews pass a fake. */
export interface PopupConnector {
  weeklySummary(): Promise<WeeklySummary>;
}
