import type { Responses } from '../messages';
import type { Settings } from '../shared/settings';
import type { ExportedData } from '../shared/store-types';

export type SaveResult = Responses['page/save-settings'];

/** Everything the options page needs from the extension; tests pass a fake. */
export interface OptionsConnector {
  getSettings(): Promise<Settings>;
  /** Sends what the form holds, unchecked: the background validates and answers with per-field errors. */
  saveSettings(settings: unknown): Promise<SaveResult>;
  exportData(): Promise<ExportedData>;
  deleteAll(): Promise<{ ok: true }>;
  /** Asks for the optional notifications permission; must be called from the user's click. */
  requestNotifications(): Promise<boolean>;
}
