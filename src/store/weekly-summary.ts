// The popup's weekly summary, built from at most 14 daily rollups: this week against last week, in the
// user's local days. Pure: the store hands it rows, so the shape can be checked without a database.
import { ITEM_KINDS, addCounts, emptyCounts, flaggedTotal } from './rollup-counts';
import { rankConversationsForCall } from './deserves-call';
import { addDays, dayKey, weekDayKeys, weekStartDayKey, type WeekStartDay } from './local-days';
import type {
  ConversationStat,
  Counts,
  DayPoint,
  DayRollup,
  SelectorHealth,
  WeekSummary,
  WeekTotals,
  WeeklySummary,
} from '../shared/store-types';

export const CONVERSATIONS_IN_SUMMARY = 3;

export interface SummaryInput {
  now: number;
  timeZone: string;
  weekStartsOn: WeekStartDay;
  /** Rollups of at least the two weeks concerned; others are ignored. */
  rollups: DayRollup[];
  conversations: ConversationStat[];
  selectorHealth: SelectorHealth[];
  hasAnyData: boolean;
}

/** The first day of this week and of last week, which bound the rollups the summary needs. */
export function summaryWeeks(now: number, timeZone: string, weekStartsOn: WeekStartDay): { thisStart: string; lastStart: string; thisEnd: string } {
  const thisStart = weekStartDayKey(now, timeZone, weekStartsOn);
  return { thisStart, lastStart: addDays(thisStart, -7), thisEnd: addDays(thisStart, 6) };
}

function totals(counts: Counts): WeekTotals {
  const postsSeen = counts.seen.post;
  return {
    ...counts,
    broadcastShare: postsSeen === 0 ? null : counts.broadcast.post / postsSeen,
    tagHijackComments: flaggedTotal(counts, 'comment', 'tag-hijack'),
    templatedMessages: flaggedTotal(counts, 'message', 'templated'),
    templatedInvites: flaggedTotal(counts, 'invite', 'templated'),
    engagementBait: ITEM_KINDS.reduce((sum, kind) => sum + flaggedTotal(counts, kind, 'engagement-bait'), 0),
    podComments: flaggedTotal(counts, 'comment', 'pod-comment'),
  };
}

/** The first `dayCount` days of the week starting on `startDayKey`, summed. */
function week(startDayKey: string, byDay: Map<string, DayRollup>, dayCount = 7): WeekSummary {
  const sum = emptyCounts();
  for (const key of weekDayKeys(startDayKey).slice(0, dayCount)) {
    const rollup = byDay.get(key);
    if (rollup) addCounts(sum, rollup);
  }
  return { startDayKey, endDayKey: addDays(startDayKey, dayCount - 1), totals: totals(sum) };
}

/** How many days of this week have begun, today included (1 on its first day, 7 on its last). */
export function daysBegun(now: number, timeZone: string, thisStart: string): number {
  const today = dayKey(now, timeZone);
  const index = weekDayKeys(thisStart).indexOf(today);
  return index < 0 ? 7 : index + 1;
}

function dayPoint(dayKey: string, rollup: DayRollup | undefined): DayPoint {
  if (!rollup) return { dayKey, itemsSeen: 0, postsSeen: 0, broadcast: 0, feedMs: 0, callsProposed: 0 };
  return {
    dayKey,
    itemsSeen: ITEM_KINDS.reduce((sum, kind) => sum + rollup.seen[kind], 0),
    postsSeen: rollup.seen.post,
    broadcast: ITEM_KINDS.reduce((sum, kind) => sum + rollup.broadcast[kind], 0),
    feedMs: rollup.feedMs,
    callsProposed: rollup.callsProposed,
  };
}

export function buildWeeklySummary(input: SummaryInput): WeeklySummary {
  const { thisStart, lastStart } = summaryWeeks(input.now, input.timeZone, input.weekStartsOn);
  const byDay = new Map(input.rollups.map((rollup) => [rollup.dayKey, rollup]));
  return {
    generatedAt: input.now,
    timeZone: input.timeZone,
    weekStartsOn: input.weekStartsOn,
    thisWeek: week(thisStart, byDay),
    lastWeek: week(lastStart, byDay),
    lastWeekSoFar: week(lastStart, byDay, daysBegun(input.now, input.timeZone, thisStart)),
    days: weekDayKeys(thisStart).map((key) => dayPoint(key, byDay.get(key))),
    conversations: rankConversationsForCall(input.conversations, input.now, CONVERSATIONS_IN_SUMMARY),
    selectorHealth: input.selectorHealth,
    isEmpty: !input.hasAnyData,
  };
}
