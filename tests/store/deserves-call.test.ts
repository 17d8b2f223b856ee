import { describe, expect, it } from 'vitest';
import { deservesCall, rankConversationsForCall } from '../../src/store/deserves-call';
import type { ConversationStat } from '../../src/shared/store-types';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const DAY = 24 * 3_600_000;

function thread(overrides: Partial<ConversationStat>): ConversationStat {
  return {
    threadId: 't',
    participantName: 'Ana Ruiz',
    threadUrl: 'https://www.linkedin.com/messaging/thread/t/',
    inLast7d: 0,
    outLast7d: 0,
    longestRun: 0,
    lastActivity: NOW - DAY,
    templated: false,
    ...overrides,
  };
}

describe('deservesCall', () => {
  it('wants six or more messages each way within the week', () => {
    expect(deservesCall(thread({ inLast7d: 6, outLast7d: 6 }), NOW)).toBe(true);
    expect(deservesCall(thread({ inLast7d: 20, outLast7d: 5 }), NOW)).toBe(false);
  });

  it('also takes a long back-and-forth run', () => {
    expect(deservesCall(thread({ inLast7d: 4, outLast7d: 4, longestRun: 8 }), NOW)).toBe(true);
    expect(deservesCall(thread({ inLast7d: 4, outLast7d: 4, longestRun: 7 }), NOW)).toBe(false);
  });

  it('never takes a templated pitch, however busy', () => {
    expect(deservesCall(thread({ inLast7d: 12, outLast7d: 12, longestRun: 20, templated: true }), NOW)).toBe(false);
  });

  it('drops a thread that has been quiet for more than a week', () => {
    expect(deservesCall(thread({ inLast7d: 9, outLast7d: 9, lastActivity: NOW - 8 * DAY }), NOW)).toBe(false);
  });
});

describe('rankConversationsForCall', () => {
  it('lists the most active first and stops at the limit', () => {
    const ranked = rankConversationsForCall(
      [
        thread({ threadId: 'quiet', inLast7d: 6, outLast7d: 6 }),
        thread({ threadId: 'busy', inLast7d: 10, outLast7d: 9 }),
        thread({ threadId: 'pitch', inLast7d: 30, outLast7d: 30, templated: true }),
        thread({ threadId: 'run', inLast7d: 6, outLast7d: 6, longestRun: 9 }),
        thread({ threadId: 'one-sided', inLast7d: 14, outLast7d: 1 }),
        thread({ threadId: 'older', inLast7d: 6, outLast7d: 6, lastActivity: NOW - 3 * DAY }),
      ],
      NOW,
      3,
    );
    expect(ranked.map((c) => c.threadId)).toEqual(['busy', 'run', 'quiet']);
  });
});
