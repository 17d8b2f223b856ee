import { describe, expect, test } from 'vitest';
import { ARRIVAL_WINDOW_MS, ThreadTracker } from '../../../src/content/call/thread-tracker';

const NOW = Date.UTC(2026, 10, 23, 12, 0);
const HOUR = 3_600_000;

describe('ThreadTracker', () => {
  test('messages that come with the thread are loaded; one that appears later in the open thread has arrived', () => {
    const tracker = new ThreadTracker();
    tracker.nextBatch();
    expect(tracker.see('t1', { id: 'm1', direction: 'in', sentAt: NOW - 2 * HOUR }, NOW)).toBe('loaded');
    expect(tracker.see('t1', { id: 'm2', direction: 'out', sentAt: NOW - HOUR }, NOW)).toBe('loaded');
    tracker.nextBatch();
    expect(tracker.see('t1', { id: 'm2', direction: 'out', sentAt: NOW - HOUR }, NOW)).toBe('repeat');
    expect(tracker.see('t1', { id: 'm3', direction: 'out', sentAt: NOW - 1000 }, NOW)).toBe('arrived');
  });

  test('older history loaded by scrolling up has not arrived, however late it appears', () => {
    const tracker = new ThreadTracker();
    tracker.nextBatch();
    tracker.see('t1', { id: 'm1', direction: 'in', sentAt: NOW - HOUR }, NOW);
    tracker.nextBatch();
    expect(tracker.see('t1', { id: 'm0', direction: 'out', sentAt: NOW - ARRIVAL_WINDOW_MS - 1 }, NOW)).toBe('loaded');
  });

  test('a message without a send time that appears in an open thread has arrived, and counts from now', () => {
    const tracker = new ThreadTracker();
    tracker.nextBatch();
    tracker.see('t1', { id: 'm1', direction: 'in', sentAt: NOW - HOUR }, NOW);
    tracker.nextBatch();
    expect(tracker.see('t1', { id: 'optimistic', direction: 'out' }, NOW)).toBe('arrived');
    expect(tracker.stats('t1', NOW).lastActivity).toBe(NOW);
  });

  test('stats count each message once, both ways, with the back-and-forth run', () => {
    const tracker = new ThreadTracker();
    tracker.nextBatch();
    const directions = ['in', 'out', 'in', 'out', 'out', 'in'] as const;
    directions.forEach((direction, index) => tracker.see('t1', { id: `m${index}`, direction, sentAt: NOW - (10 - index) * HOUR }, NOW));
    tracker.see('t1', { id: 'm0', direction: 'in', sentAt: NOW - 10 * HOUR }, NOW);
    expect(tracker.stats('t1', NOW)).toEqual({ inLast7d: 3, outLast7d: 3, longestRun: 5, lastActivity: NOW - 5 * HOUR });
  });

  test('threads are kept apart, with their participant and templated flag', () => {
    const tracker = new ThreadTracker();
    tracker.nextBatch();
    tracker.see('a', { id: 'a1', direction: 'in', sentAt: NOW }, NOW);
    tracker.see('b', { id: 'b1', direction: 'in', sentAt: NOW }, NOW);
    tracker.noteParticipant('a', 'Casey Carter');
    tracker.noteParticipant('a', '');
    tracker.noteTemplated('b');
    expect([tracker.participantName('a'), tracker.participantName('b')]).toEqual(['Casey Carter', '']);
    expect([tracker.isTemplated('a'), tracker.isTemplated('b')]).toEqual([false, true]);
    expect(tracker.stats('b', NOW)).toMatchObject({ inLast7d: 1, outLast7d: 0 });
    expect(tracker.stats('unknown', NOW)).toEqual({ inLast7d: 0, outLast7d: 0, longestRun: 0, lastActivity: 0 });
  });

  test('a thread is a pitch when at least half of the inbound messages are templated, not when one stock opener started it', () => {
    const tracker = new ThreadTracker();
    tracker.nextBatch();
    tracker.see('t', { id: 'opener', direction: 'in', sentAt: NOW - 9 * HOUR }, NOW);
    tracker.noteTemplated('t');
    expect(tracker.isTemplated('t')).toBe(true);
    tracker.see('t', { id: 'reply', direction: 'in', sentAt: NOW - 8 * HOUR }, NOW);
    expect(tracker.isTemplated('t')).toBe(true);
    tracker.see('t', { id: 'more', direction: 'in', sentAt: NOW - 7 * HOUR }, NOW);
    tracker.see('t', { id: 'mine', direction: 'out', sentAt: NOW - 6 * HOUR }, NOW);
    expect(tracker.isTemplated('t')).toBe(false);
  });
});
