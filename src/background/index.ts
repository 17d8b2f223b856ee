import browser, { type Runtime } from 'webextension-polyfill';
import { parseMessage } from '../messages';
import { openStore } from '../store';
import { handleMessage, messageHandlers, systemClock, type SettingsAccess } from './handle-message';
import { nudgeSnoozeStorage } from './nudge-snooze';
import { injectScript } from './script-injection';
import { clearLocalState, loadSettings, saveSettings } from './settings-storage';
import { isTrustedSender } from './trusted-sender';
import { DAILY_ALARM, dailyMaintenance, markSummaryShown } from './weekly-digest';

// The worker can be stopped at any moment: nothing is kept here but the database handle, and every
// count is written to IndexedDB before a message is answered.
const store = openStore();
const settings: SettingsAccess = { load: loadSettings, save: saveSettings, clear: clearLocalState };
const handlers = store.then((s) =>
  messageHandlers({
    store: s,
    settings,
    clock: systemClock,
    summaryShown: () => markSummaryShown(systemClock),
    nudgeSnooze: nudgeSnoozeStorage,
    injectScript: (part, target) => injectScript(browser.scripting, part, target),
  }),
);
const extensionOrigin = browser.runtime.getURL('');

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  const message = parseMessage(raw);
  if (!message || !isTrustedSender(sender, message, browser.runtime.id, extensionOrigin)) return undefined;
  return handlers.then((h) => handleMessage(h, message, { tabId: sender.tab?.id, frameId: sender.frameId }));
});

browser.runtime.onInstalled.addListener(() => {
  void browser.alarms.create(DAILY_ALARM, { periodInMinutes: 24 * 60, delayInMinutes: 1 });
});

browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === DAILY_ALARM) void store.then((s) => dailyMaintenance(s, settings, systemClock));
});
