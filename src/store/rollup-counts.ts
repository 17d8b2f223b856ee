// Daily rollups are what the popup reads. These helpers keep their arithmetic in one place: an item's
// flags are added when it is first counted and taken out again when a later sighting or a correction
// changes them, so a rollup always equals what its day's events say.
import { PATTERNS, type ItemKind, type Pattern } from '../detect/types';
import type { Counts, DayRollup, FlagLevel, LevelCounts, StoredEvent } from '../shared/store-types';

export const ITEM_KINDS: readonly ItemKind[] = ['post', 'comment', 'message', 'invite'];

function perKind<T>(make: () => T): Record<ItemKind, T> {
  return { post: make(), comment: make(), message: make(), invite: make() };
}

function perPattern<T>(make: () => T): Record<Pattern, T> {
  return { templated: make(), 'tag-hijack': make(), 'engagement-bait': make(), 'pod-comment': make() };
}

const noLevels = (): LevelCounts => ({ low: 0, high: 0 });

export function emptyCounts(): Counts {
  return {
    seen: perKind(() => 0),
    broadcast: perKind(() => 0),
    flagged: perKind(() => perPattern(noLevels)),
    corrections: 0,
    feedMs: 0,
    callsSuggested: 0,
    callsProposed: 0,
  };
}

export function emptyRollup(dayKey: string): DayRollup {
  return { dayKey, ...emptyCounts() };
}

/** The flags of an event that still count: its verdicts minus the patterns the user corrected. */
export function activeFlags(event: StoredEvent): Map<Pattern, FlagLevel> {
  const flags = new Map<Pattern, FlagLevel>();
  for (const verdict of event.verdicts) {
    if (!event.corrected.includes(verdict.pattern)) flags.set(verdict.pattern, verdict.level);
  }
  return flags;
}

/** Adds (sign 1) or takes out (sign -1) one item's flags. */
export function countFlags(counts: Counts, kind: ItemKind, flags: Map<Pattern, FlagLevel>, sign: 1 | -1): void {
  for (const [pattern, level] of flags) counts.flagged[kind][pattern][level] += sign;
  if (flags.size > 0) counts.broadcast[kind] += sign;
}

/** Replaces one item's counted flags with its new ones. */
export function recountFlags(counts: Counts, kind: ItemKind, before: Map<Pattern, FlagLevel>, after: Map<Pattern, FlagLevel>): void {
  countFlags(counts, kind, before, -1);
  countFlags(counts, kind, after, 1);
}

export function addCounts(into: Counts, from: Counts): void {
  for (const kind of ITEM_KINDS) {
    into.seen[kind] += from.seen[kind];
    into.broadcast[kind] += from.broadcast[kind];
    for (const pattern of PATTERNS) {
      into.flagged[kind][pattern].low += from.flagged[kind][pattern].low;
      into.flagged[kind][pattern].high += from.flagged[kind][pattern].high;
    }
  }
  into.corrections += from.corrections;
  into.feedMs += from.feedMs;
  into.callsSuggested += from.callsSuggested;
  into.callsProposed += from.callsProposed;
}

export function flaggedTotal(counts: Counts, kind: ItemKind, pattern: Pattern): number {
  const levels = counts.flagged[kind][pattern];
  return levels.low + levels.high;
}
