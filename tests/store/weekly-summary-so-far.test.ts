import { describe, expect, it } from 'vitest';
import { buildWeeklySummary, daysBegun } from '../../src/store/weekly-summary';
import { addDays } from '../../src/store/local-days';
import { emptyRollup } from '../../src/store/rollup-counts';
import type { DayRollup } from '../../src/shared/store-types';
import type { WeekStartDay } from '../../src/store/local-days';

const BERLIN = 'Europe/Berlin';

/** One rollup per day from `firstDay`, day i having seen `posts[i]` posts of which `bait[i]` were bait. */
function rollups(firstDay: string, posts: number[], bait: number[] = []): DayRollup[] {
  return posts.map((seen, i) => {
    const rollup = emptyRollup(addDays(firstDay, i));
    rollup.seen.post = seen;
    rollup.broadcast.post = bait[i] ?? 0;
    rollup.flagged.post['engagement-bait'].high = bait[i] ?? 0;
    return rollup;
  });
}

function summaryAt(iso: string, rows: DayRollup[], weekStartsOn: WeekStartDay = 1, timeZone = BERLIN) {
  return buildWeeklySummary({ now: Date.parse(iso), timeZone, weekStartsOn, rollups: rows, conversations: [], selectorHealth: [], hasAnyData: true });
}

describe('last week so far', () => {
  // Last week is Mon 2026-11-09 … Sun 11-15; this week starts Mon 11-16.
  const lastWeek = rollups('2026-11-09', [10, 20, 30, 40, 50, 60, 70], [1, 2, 3, 4, 5, 6, 7]);

  it('on a Wednesday sums last Monday to last Wednesday, and still gives the whole of last week', () => {
    const summary = summaryAt('2026-11-18T15:00:00Z', [...lastWeek, ...rollups('2026-11-16', [5, 5, 5])]);
    expect(summary.lastWeekSoFar.startDayKey).toBe('2026-11-09');
    expect(summary.lastWeekSoFar.endDayKey).toBe('2026-11-11');
    expect(summary.lastWeekSoFar.totals.seen.post).toBe(60);
    expect(summary.lastWeekSoFar.totals.engagementBait).toBe(6);
    expect(summary.lastWeekSoFar.totals.broadcastShare).toBeCloseTo(0.1);
    expect(summary.lastWeek.totals.seen.post).toBe(280);
    expect(summary.lastWeek.endDayKey).toBe('2026-11-15');
    expect(summary.thisWeek.totals.seen.post).toBe(15);
  });

  it('on the first day of the week takes only last week\'s first day', () => {
    const summary = summaryAt('2026-11-16T08:00:00Z', lastWeek);
    expect(summary.lastWeekSoFar.endDayKey).toBe('2026-11-09');
    expect(summary.lastWeekSoFar.totals.seen.post).toBe(10);
  });

  it('on the last day of the week is the whole of last week', () => {
    const summary = summaryAt('2026-11-22T20:00:00Z', lastWeek);
    expect(summary.lastWeekSoFar).toEqual(summary.lastWeek);
  });

  it('counts days by the local calendar: 00:30 on a Berlin Monday is still Sunday in UTC', () => {
    // 2026-03-29 is the spring change; 22:30 UTC is Monday 00:30 CEST.
    expect(daysBegun(Date.parse('2026-03-29T22:30:00Z'), BERLIN, '2026-03-30')).toBe(1);
    expect(daysBegun(Date.parse('2026-03-29T21:30:00Z'), BERLIN, '2026-03-23')).toBe(7);
  });

  it('follows the locale\'s first day: a Sunday-first week on Tuesday takes last Sunday to Tuesday', () => {
    // Sunday-first: this week is Sun 11-15 … Sat 11-21; last week Sun 11-08 … Sat 11-14.
    const rows = rollups('2026-11-08', [1, 2, 4, 8, 16, 32, 64]);
    const summary = summaryAt('2026-11-17T12:00:00Z', rows, 7, 'America/New_York');
    expect(summary.lastWeekSoFar.startDayKey).toBe('2026-11-08');
    expect(summary.lastWeekSoFar.endDayKey).toBe('2026-11-10');
    expect(summary.lastWeekSoFar.totals.seen.post).toBe(7);
  });
});
