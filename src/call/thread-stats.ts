// What is kept about a message thread to judge whether it deserves a call: counts and times only,
// never the text.

export interface ThreadMessage {
  direction: 'in' | 'out';
  /** Epoch ms. */
  at: number;
}

export interface ThreadStats {
  inLast7d: number;
  outLast7d: number;
  /**
   * Turns in the longest back-and-forth: consecutive messages from the same side are one turn ("Hi" then
   * "one more thing" is one), and a reply that comes more than REPLY_GAP_MS later starts a new run.
   */
  longestRun: number;
  /** Epoch ms of the latest message either way; 0 when there is none. */
  lastActivity: number;
}

export const WEEK_MS = 7 * 86_400_000;
/** Long enough to span a weekend, short enough that a reply a week later is a new exchange. */
export const REPLY_GAP_MS = 72 * 3_600_000;

export function threadStats(messages: readonly ThreadMessage[], now: number): ThreadStats {
  const sorted = [...messages].sort((a, b) => a.at - b.at);
  const recent = sorted.filter((message) => message.at > now - WEEK_MS && message.at <= now);

  let longestRun = 0;
  let run = 0;
  let previous: ThreadMessage | undefined;
  for (const message of sorted) {
    const gapTooLong = previous !== undefined && message.at - previous.at > REPLY_GAP_MS;
    if (previous === undefined || gapTooLong) run = 1;
    else if (message.direction !== previous.direction) run += 1;
    longestRun = Math.max(longestRun, run);
    previous = message;
  }

  return {
    inLast7d: recent.filter((message) => message.direction === 'in').length,
    outLast7d: recent.filter((message) => message.direction === 'out').length,
    longestRun,
    lastActivity: sorted.at(-1)?.at ?? 0,
  };
}
