import browser from 'webextension-polyfill';
import type { NudgeSnoozeAccess } from './handle-message';

const KEY = 'nudgeSnoozedDay';

/** The local day the user snoozed the feed nudge, in storage.local: it must outlive the worker and reloads. */
export const nudgeSnoozeStorage: NudgeSnoozeAccess = {
  load: async () => {
    const stored = await browser.storage.local.get(KEY);
    const day = stored[KEY];
    return typeof day === 'string' ? day : null;
  },
  save: async (dayKey) => {
    await browser.storage.local.set({ [KEY]: dayKey });
  },
};
