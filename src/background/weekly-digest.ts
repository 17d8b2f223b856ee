import browser from 'webextension-polyfill';
import type { Store } from '../store';
import { firstDayOfWeek, weekStartDayKey } from '../store/local-days';
import type { Clock, SettingsAccess } from './handle-message';

const SHOWN_KEY = 'summaryShownWeek';
export const DAILY_ALARM = 'daily-maintenance';

function currentWeek(clock: Clock): string {
  return weekStartDayKey(clock.now(), clock.timeZone(), firstDayOfWeek(clock.locale()));
}

/** The popup showed this week's summary: the badge has done its job. */
export async function markSummaryShown(clock: Clock): Promise<void> {
  await browser.storage.local.set({ [SHOWN_KEY]: currentWeek(clock) });
  await browser.action.setBadgeText({ text: '' });
}

/**
 * Once a day: prune old events, and when a new week has begun since the user last opened the popup,
 * say on the toolbar badge (and, if the user asked for it, in a notification) that last week's
 * summary is ready.
 */
export async function dailyMaintenance(store: Store, settings: SettingsAccess, clock: Clock): Promise<void> {
  const current = await settings.load();
  await store.prune(clock.now(), current.retentionWeeks);
  const stored = await browser.storage.local.get(SHOWN_KEY);
  const week = currentWeek(clock);
  const shown = stored[SHOWN_KEY];
  if (shown === week) return;
  if (shown === undefined) {
    // First run: nothing to announce yet, start counting from this week.
    await browser.storage.local.set({ [SHOWN_KEY]: week });
    return;
  }
  await browser.action.setBadgeBackgroundColor({ color: '#0a66c2' });
  await browser.action.setBadgeText({ text: browser.i18n.getMessage('badgeNewSummary') || 'new' });
  await browser.action.setTitle({ title: browser.i18n.getMessage('badgeNewSummaryTitle') || 'Your weekly summary is ready' });
  if (current.weeklyNotification && (await browser.permissions.contains({ permissions: ['notifications'] }))) {
    await browser.notifications.create('weekly-summary', {
      type: 'basic',
      iconUrl: browser.runtime.getURL('icons/icon-128.png'),
      title: browser.i18n.getMessage('extName'),
      message: browser.i18n.getMessage('badgeNewSummaryTitle'),
    });
  }
}
