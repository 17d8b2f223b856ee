// Which conversations are worth moving to a call: a genuine two-way exchange that has gone on, never a
// templated pitch. Pure, so the popup's list and the in-thread suggestion agree and can be tested alone.
import type { ConversationStat } from '../shared/store-types';

export const RECENT_MS = 7 * 24 * 3_600_000;
/** Messages each way within the last 7 days that make a conversation, not an exchange of pleasantries. */
export const MIN_EACH_WAY = 6;
/** Alternating turns in one stretch that make a back-and-forth worth a call on their own. */
export const MIN_RUN = 8;

export function deservesCall(c: ConversationStat, now: number): boolean {
  if (c.templated) return false;
  // The 7-day counts were taken at the last activity; after a quiet week they no longer describe it.
  if (now - c.lastActivity > RECENT_MS) return false;
  return Math.min(c.inLast7d, c.outLast7d) >= MIN_EACH_WAY || c.longestRun >= MIN_RUN;
}

/** The conversations that deserve a call, most active first (messages both ways, then run, then recency). */
export function rankConversationsForCall(conversations: ConversationStat[], now: number, limit: number): ConversationStat[] {
  return conversations
    .filter((c) => deservesCall(c, now))
    .sort(
      (a, b) =>
        b.inLast7d + b.outLast7d - (a.inLast7d + a.outLast7d) ||
        b.longestRun - a.longestRun ||
        b.lastActivity - a.lastActivity,
    )
    .slice(0, Math.max(0, limit));
}
