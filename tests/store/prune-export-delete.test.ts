import { describe, expect, it } from 'vitest';
import { bait, freshStore, seen } from './fresh-store';
import { dayKey } from '../../src/store/local-days';
import { SCHEMA_VERSION } from '../../src/store/migrations';
import type { Store } from '../../src/store/store';

const ZONE = 'Europe/Berlin';
const NOW = Date.parse('2026-11-23T12:00:00Z');
const WEEK = 7 * 24 * 3_600_000;

async function fill(store: Store, at: number, tag: string): Promise<void> {
  const key = dayKey(at, ZONE);
  await store.recordSeen([seen(`post-${tag}`, 'post', key, [bait()], at)]);
  await store.recordCorrection(`post-${tag}`, 'engagement-bait', at, key);
  await store.recordCallEvent({ kind: 'proposed', threadId: `thread-${tag}`, at, dayKey: key });
  await store.recordFingerprint('0123456789abcdef', `sender-${tag}`, at);
  await store.upsertConversation({
    threadId: `thread-${tag}`,
    participantName: `Person ${tag}`,
    threadUrl: `https://www.linkedin.com/messaging/thread/${tag}/`,
    inLast7d: 6,
    outLast7d: 6,
    longestRun: 4,
    lastActivity: at,
    templated: false,
  });
}

describe('prune', () => {
  it('drops events past the retention, keeps rollups for a year, and leaves the summary as it was', async () => {
    const { store } = await freshStore();
    await fill(store, NOW - 60 * WEEK, 'ancient');
    await fill(store, NOW - 27 * WEEK, 'old');
    await fill(store, NOW - 25 * WEEK, 'kept');
    await fill(store, NOW - 3_600_000, 'today');
    await store.recordSelectorHealth({ surface: 'feed', ok: true, at: NOW - 60 * WEEK });
    const before = await store.weeklySummary(NOW, { timeZone: ZONE, weekStartsOn: 1 });

    const result = await store.prune(NOW, 26);

    expect(result).toEqual({ events: 2, corrections: 1, callEvents: 2, conversations: 2, fingerprints: 2, rollups: 1 });
    const left = await store.exportAll();
    expect(left.events.map((e) => e.id).sort()).toEqual(['post-kept', 'post-today']);
    expect(left.callEvents.map((e) => e.threadId).sort()).toEqual(['thread-kept', 'thread-today']);
    expect(left.fingerprints.map((f) => f.sender).sort()).toEqual(['sender-kept', 'sender-today']);
    expect(left.conversations.map((c) => c.threadId).sort()).toEqual(['thread-kept', 'thread-today']);
    expect(left.corrections.map((c) => c.id).sort()).toEqual(['post-kept', 'post-old', 'post-today']);
    expect(left.rollups.map((r) => r.dayKey).sort()).toEqual(
      [NOW - 27 * WEEK, NOW - 25 * WEEK, NOW - 3_600_000].map((ms) => dayKey(ms, ZONE)).sort(),
    );
    expect(left.selectorHealth).toHaveLength(1);
    expect(await store.weeklySummary(NOW, { timeZone: ZONE, weekStartsOn: 1 })).toEqual(before);
  });

  it('refuses a retention that would delete everything or nothing by mistake', async () => {
    const { store } = await freshStore();
    await expect(store.prune(NOW, 0)).rejects.toThrow(RangeError);
    await expect(store.prune(NOW, Number.NaN)).rejects.toThrow(RangeError);
  });
});

describe('exportAll and deleteAll', () => {
  it('exports every row as JSON, and afterwards deletes every row', async () => {
    const { store } = await freshStore();
    await fill(store, NOW - 2 * WEEK, 'a');
    await fill(store, NOW - 3_600_000, 'b');
    await store.addFeedTime(dayKey(NOW, ZONE), 300_000);
    await store.recordSelectorHealth({ surface: 'messages', ok: true, at: NOW });

    const exported = await store.exportAll();
    expect(exported.format).toBe('not-so-social-export');
    expect(exported.schemaVersion).toBe(SCHEMA_VERSION);
    expect(exported.events).toHaveLength(2);
    expect(exported.rollups).toHaveLength(2);
    expect(exported.corrections).toHaveLength(2);
    expect(exported.callEvents).toHaveLength(2);
    expect(exported.conversations).toHaveLength(2);
    expect(exported.fingerprints).toHaveLength(2);
    expect(exported.selectorHealth).toHaveLength(1);
    expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);

    await store.deleteAll();

    const empty = await store.exportAll();
    for (const rows of [empty.events, empty.rollups, empty.corrections, empty.callEvents, empty.conversations, empty.fingerprints, empty.selectorHealth]) {
      expect(rows).toEqual([]);
    }
    expect(await store.correctedIds()).toEqual([]);
    expect((await store.weeklySummary(NOW, { timeZone: ZONE, weekStartsOn: 1 })).isEmpty).toBe(true);
    expect(await store.recordSeen([seen('post-a', 'post', dayKey(NOW, ZONE))])).toBe(1);
  });
});
