// Builds WeeklySummary values for popup tests: every count zero unless the test says otherwise.
import type { ItemKind, Pattern } from '../../src/detect/types';
import type { ConversationStat, DayPoint, WeekTotals, WeeklySummary } from '../../src/shared/store-types';

const kinds = <T>(make: () => T): Record<ItemKind, T> => ({ post: make(), comment: make(), message: make(), invite: make() });
const patterns = (): Record<Pattern, { low: number; high: number }> => ({
  templated: { low: 0, high: 0 },
  'tag-hijack': { low: 0, high: 0 },
  'engagement-bait': { low: 0, high: 0 },
  'pod-comment': { low: 0, high: 0 },
});

export function weekTotals(overrides: Partial<WeekTotals> = {}): WeekTotals {
  return {
    seen: kinds(() => 0),
    broadcast: kinds(() => 0),
    flagged: kinds(patterns),
    corrections: 0,
    feedMs: 0,
    callsSuggested: 0,
    callsProposed: 0,
    broadcastShare: null,
    tagHijackComments: 0,
    templatedMessages: 0,
    templatedInvites: 0,
    engagementBait: 0,
    podComments: 0,
    ...overrides,
  };
}

export const withPosts = (seen: number, broadcast: number): Partial<WeekTotals> => ({
  seen: { post: seen, comment: 0, message: 0, invite: 0 },
  broadcast: { post: broadcast, comment: 0, message: 0, invite: 0 },
  broadcastShare: seen === 0 ? null : broadcast / seen,
});

const DAY_KEYS = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22'];

export function days(seen: number[] = [], broadcast: number[] = []): DayPoint[] {
  return DAY_KEYS.map((dayKey, i) => ({
    dayKey,
    itemsSeen: seen[i] ?? 0,
    postsSeen: seen[i] ?? 0,
    broadcast: broadcast[i] ?? 0,
    feedMs: 0,
    callsProposed: 0,
  }));
}

export function conversation(overrides: Partial<ConversationStat> = {}): ConversationStat {
  return {
    threadId: 'a'.repeat(32),
    participantName: 'Ana Ruiz',
    threadUrl: 'https://www.linkedin.com/messaging/thread/2-abc/',
    inLast7d: 7,
    outLast7d: 7,
    longestRun: 8,
    lastActivity: Date.UTC(2026, 10, 20),
    templated: false,
    ...overrides,
  };
}

/** Unless the test says otherwise, the week is over: last week so far is the whole of last week. */
export function summary(overrides: Partial<WeeklySummary> = {}): WeeklySummary {
  const lastWeek = overrides.lastWeek ?? { startDayKey: '2026-11-09', endDayKey: '2026-11-15', totals: weekTotals() };
  return {
    generatedAt: Date.UTC(2026, 10, 20, 12),
    timeZone: 'Europe/Berlin',
    weekStartsOn: 1,
    thisWeek: { startDayKey: '2026-11-16', endDayKey: '2026-11-22', totals: weekTotals() },
    lastWeek,
    lastWeekSoFar: lastWeek,
    days: days(),
    conversations: [],
    selectorHealth: [],
    isEmpty: false,
    ...overrides,
  };
}

export function week(totals: Partial<WeekTotals>, startDayKey = '2026-11-16', endDayKey = '2026-11-22') {
  return { startDayKey, endDayKey, totals: weekTotals(totals) };
}
