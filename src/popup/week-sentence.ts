// The one sentence that says what the week was: how much of the feed was broadcast, then what the user
// did about conversations. Returned as _locales keys so the wording stays in the catalog.
import type { WeeklySummary } from '../shared/store-types';

export interface SentencePart {
  /** For counted parts, the base key of a `key` / `keyOne` pair. */
  key: string;
  count?: number;
  /** For a share, in [0, 1]. */
  share?: number;
}

export interface WeekSentence {
  feed: SentencePart;
  calls: SentencePart | null;
}

/** "Most" means more than half, as a reader would take it. */
const MOSTLY = 0.5;

export function weekSentence(summary: WeeklySummary): WeekSentence {
  const { broadcastShare, callsProposed, broadcast } = summary.thisWeek.totals;
  // "Nothing was broadcast" only when no comment, message or invitation was flagged either.
  const anyBroadcast = Object.values(broadcast).some((count) => count > 0);
  const feed: SentencePart =
    broadcastShare === null
      ? { key: 'weekNoFeed' }
      : broadcastShare > MOSTLY
        ? { key: 'weekMostlyBroadcast' }
        : broadcastShare === 0 && !anyBroadcast
          ? { key: 'weekNoBroadcast' }
          : { key: 'weekPartlyBroadcast', share: broadcastShare };
  const waiting = summary.conversations.length;
  const calls: SentencePart | null =
    callsProposed > 0
      ? { key: 'weekCallsMoved', count: callsProposed }
      : waiting > 0
        ? { key: 'weekCallsWaiting', count: waiting }
        : null;
  return { feed, calls };
}
