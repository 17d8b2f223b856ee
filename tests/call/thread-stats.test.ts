import { describe, expect, it } from 'vitest';
import { threadStats, type ThreadMessage } from '../../src/call/thread-stats';

const HOUR = 3_600_000;
const now = Date.parse('2026-11-23T12:00:00Z');

/** "io-o" style script: each letter a message (i = in, o = out), an hour apart; "-" is a 4-day pause. */
function script(pattern: string, start = now - 8 * 24 * HOUR): ThreadMessage[] {
  const messages: ThreadMessage[] = [];
  let at = start;
  for (const char of pattern) {
    at += char === '-' ? 96 * HOUR : HOUR;
    if (char !== '-') messages.push({ direction: char === 'i' ? 'in' : 'out', at });
  }
  return messages;
}

describe('threadStats', () => {
  it.each<[string, ThreadMessage[], { inLast7d: number; outLast7d: number; longestRun: number }]>([
    ['no messages', [], { inLast7d: 0, outLast7d: 0, longestRun: 0 }],
    ['one pitch and two follow-ups, unanswered', script('iii', now - 10 * HOUR), { inLast7d: 3, outLast7d: 0, longestRun: 1 }],
    ['a strict back-and-forth', script('ioioioio', now - 10 * HOUR), { inLast7d: 4, outLast7d: 4, longestRun: 8 }],
    ['several messages in one turn count once', script('iiooiiioo', now - 10 * HOUR), { inLast7d: 5, outLast7d: 4, longestRun: 4 }],
    ['a long pause starts a new run', script('ioio-ioioio', now - 120 * HOUR), { inLast7d: 5, outLast7d: 5, longestRun: 6 }],
  ])('%s', (_name, messages, expected) => {
    expect(threadStats(messages, now)).toEqual({ ...expected, lastActivity: messages.at(-1)?.at ?? 0 });
  });

  it('counts only the last 7 days each way but the run over the whole thread', () => {
    const old = script('ioioio', now - 30 * 24 * HOUR);
    const recent = [{ direction: 'in' as const, at: now - HOUR }];
    expect(threadStats([...old, ...recent], now)).toEqual({ inLast7d: 1, outLast7d: 0, longestRun: 6, lastActivity: now - HOUR });
  });

  it('does not depend on the order messages arrive in', () => {
    const messages = script('ioioo', now - 10 * HOUR);
    expect(threadStats([...messages].reverse(), now)).toEqual(threadStats(messages, now));
  });

  it('counts a message exactly 7 days old out, and one just inside in', () => {
    const stats = threadStats(
      [
        { direction: 'in', at: now - 7 * 24 * HOUR },
        { direction: 'out', at: now - 7 * 24 * HOUR + 1 },
      ],
      now,
    );
    expect([stats.inLast7d, stats.outLast7d]).toEqual([0, 1]);
  });
});
