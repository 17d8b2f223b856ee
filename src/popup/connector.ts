import type { WeeklySummary } from '../shared/store-types';

/** Everything the popup needs from the extension; tests and previews pass a fake. */
export interface PopupConnector {
  weeklySummary(): Promise<WeeklySummary>;
  /** Opens a LinkedIn thread (or any vetted https page) in a new tab. */
  openTab(url: string): Promise<void>;
  openOptions(): Promise<void>;
}
