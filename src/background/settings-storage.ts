import browser from 'webextension-polyfill';
import { mergeSettings, validateSettings, type Settings, type SettingsValidation } from '../shared/settings';

const KEY = 'settings';

/** Settings live in storage.local: small, synchronous for the worker on wake-up, and exported with the data. */
export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return mergeSettings(stored[KEY]);
}

/** Saves only a valid whole; a bad value comes back as errors and nothing is changed. */
export async function saveSettings(input: unknown): Promise<SettingsValidation> {
  const result = validateSettings(input);
  if (result.ok) await browser.storage.local.set({ [KEY]: result.settings });
  return result;
}

/**
 * "Delete everything" empties storage.local too: the settings, the nudge's snooze day and the
 * badge's last-shown week all live there.
 */
export async function clearLocalState(): Promise<void> {
  await browser.storage.local.clear();
}
