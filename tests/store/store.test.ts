import { describe, expect, it } from 'vitest';
import { bait, freshStore, seen, tagHijack, templated } from './fresh-store';
import type { ConversationStat, DayRollup } from '../../src/shared/store-types';
import { openStore, type Store } from '../../src/store/store';

const DAY = 24 * 3_600_000;

async function rollup(store: Store, dayKey: string): Promise<DayRollup | undefined> {
  return (await store.exportAll()).rollups.find((row) => row.dayKey === dayKey);
}

describe('recordSeen', () => {
  it('counts items by kind and flags by pattern and level in the day rollup', async () => {
    const { store } = await freshStore();
    const added = await store.recordSeen([
      seen('p1', 'post', '2026-11-23', [bait()]),
      seen('p2', 'post', '2026-11-23'),
      seen('c1', 'comment', '2026-11-23', [tagHijack('high')]),
      seen('m1', 'message', '2026-11-24', [templated('low')]),
    ]);
    expect(added).toBe(4);
    const monday = await rollup(store, '2026-11-23');
    expect(monday?.seen).toEqual({ post: 2, comment: 1, message: 0, invite: 0 });
    expect(monday?.broadcast).toEqual({ post: 1, comment: 1, message: 0, invite: 0 });
    expect(monday?.flagged.post['engagement-bait']).toEqual({ low: 1, high: 0 });
    expect(monday?.flagged.comment['tag-hijack']).toEqual({ low: 0, high: 1 });
    expect((await rollup(store, '2026-11-24'))?.flagged.message.templated).toEqual({ low: 1, high: 0 });
  });

  it('never counts an item twice, within a batch or across batches', async () => {
    const { store } = await freshStore();
    expect(await store.recordSeen([seen('c1', 'comment', '2026-11-23', [tagHijack()]), seen('c1', 'comment', '2026-11-23', [tagHijack()])])).toBe(1);
    expect(await store.recordSeen([seen('c1', 'comment', '2026-11-24', [tagHijack()]), seen('c2', 'comment', '2026-11-24')])).toBe(1);
    const exported = await store.exportAll();
    expect(exported.events.map((e) => e.id).sort()).toEqual(['c1', 'c2']);
    expect((await rollup(store, '2026-11-23'))?.seen.comment).toBe(1);
    expect((await rollup(store, '2026-11-23'))?.flagged.comment['tag-hijack'].high).toBe(1);
    expect((await rollup(store, '2026-11-24'))?.seen.comment).toBe(1);
    expect((await rollup(store, '2026-11-24'))?.broadcast.comment).toBe(0);
  });

  it('lets a later sighting raise or add a flag, on the day the item was first seen, still counted once', async () => {
    const { store } = await freshStore();
    await store.recordSeen([seen('p1', 'post', '2026-11-23', [tagHijack('low')])]);
    expect(await store.recordSeen([seen('p1', 'post', '2026-11-25', [tagHijack('high'), bait()])])).toBe(0);
    const first = await rollup(store, '2026-11-23');
    expect(first?.seen.post).toBe(1);
    expect(first?.broadcast.post).toBe(1);
    expect(first?.flagged.post['tag-hijack']).toEqual({ low: 0, high: 1 });
    expect(first?.flagged.post['engagement-bait']).toEqual({ low: 1, high: 0 });
    expect(await rollup(store, '2026-11-25')).toBeUndefined();
    const [event] = (await store.exportAll()).events;
    expect(event?.verdicts.map((v) => `${v.pattern}:${v.level}`)).toEqual(['tag-hijack:high', 'engagement-bait:low']);
  });

  it('loses nothing when the worker stops and the store is opened again', async () => {
    const { store, factory } = await freshStore();
    await store.recordSeen([seen('p1', 'post', '2026-11-23', [bait()]), seen('c1', 'comment', '2026-11-23')]);
    const before = await store.exportAll();
    store.close();
    const again = await openStore({ factory });
    const after = await again.exportAll();
    expect(after.events).toEqual(before.events);
    expect(after.rollups).toEqual(before.rollups);
    expect(await again.recordSeen([seen('p1', 'post', '2026-11-24', [bait()])])).toBe(0);
  });

  it('writes a batch all or nothing', async () => {
    const { store } = await freshStore();
    const uncloneable = { ...seen('p2', 'post', '2026-11-23'), verdicts: [{ ...bait(), reasons: [() => 'no'] as unknown as string[] }] };
    await expect(store.recordSeen([seen('p1', 'post', '2026-11-23', [bait()]), uncloneable])).rejects.toThrow();
    const exported = await store.exportAll();
    expect(exported.events).toEqual([]);
    expect(exported.rollups).toEqual([]);
  });

  it('rejects a malformed day key before writing anything', async () => {
    const { store } = await freshStore();
    await expect(store.recordSeen([seen('p1', 'post', '2026-11-23'), { ...seen('p2', 'post', '2026-11-23'), dayKey: '23/11/2026' }])).rejects.toThrow(RangeError);
    expect((await store.exportAll()).events).toEqual([]);
  });
});

describe('recordCorrection', () => {
  it('withdraws the flag from the counts and counts the correction, once', async () => {
    const { store } = await freshStore();
    await store.recordSeen([seen('c1', 'comment', '2026-11-23', [tagHijack(), bait()])]);
    await store.recordCorrection('c1', 'tag-hijack', Date.parse('2026-11-24T09:00:00Z'), '2026-11-24');
    await store.recordCorrection('c1', 'tag-hijack', Date.parse('2026-11-24T09:01:00Z'), '2026-11-24');
    const seenDay = await rollup(store, '2026-11-23');
    expect(seenDay?.flagged.comment['tag-hijack']).toEqual({ low: 0, high: 0 });
    expect(seenDay?.broadcast.comment).toBe(1);
    expect((await rollup(store, '2026-11-24'))?.corrections).toBe(1);
    await store.recordCorrection('c1', 'engagement-bait', Date.parse('2026-11-24T09:02:00Z'), '2026-11-24');
    expect((await rollup(store, '2026-11-23'))?.broadcast.comment).toBe(0);
    expect(await store.correctedIds()).toEqual(['c1']);
  });

  it('holds when the correction is stored before its item', async () => {
    const { store } = await freshStore();
    await store.recordCorrection('c9', 'tag-hijack', Date.parse('2026-11-23T08:00:00Z'), '2026-11-23');
    await store.recordSeen([seen('c9', 'comment', '2026-11-23', [tagHijack()])]);
    const day = await rollup(store, '2026-11-23');
    expect(day?.seen.comment).toBe(1);
    expect(day?.flagged.comment['tag-hijack'].high).toBe(0);
    expect(day?.broadcast.comment).toBe(0);
  });

  it('is not undone by a later sighting that raises the same flag again', async () => {
    const { store } = await freshStore();
    await store.recordSeen([seen('c1', 'comment', '2026-11-23', [tagHijack('low')])]);
    await store.recordCorrection('c1', 'tag-hijack', Date.parse('2026-11-23T13:00:00Z'), '2026-11-23');
    await store.recordSeen([seen('c1', 'comment', '2026-11-23', [tagHijack('high')])]);
    expect((await rollup(store, '2026-11-23'))?.flagged.comment['tag-hijack']).toEqual({ low: 0, high: 0 });
  });
});

describe('feed time and call events', () => {
  it('add up in the day rollup', async () => {
    const { store } = await freshStore();
    await store.addFeedTime('2026-11-23', 90_000);
    await store.addFeedTime('2026-11-23', 30_000.4);
    await store.addFeedTime('2026-11-23', 0);
    await store.recordCallEvent({ kind: 'suggested', threadId: 't1', at: Date.parse('2026-11-23T10:00:00Z'), dayKey: '2026-11-23' });
    await store.recordCallEvent({ kind: 'proposed', threadId: 't1', at: Date.parse('2026-11-23T10:05:00Z'), dayKey: '2026-11-23' });
    await store.recordCallEvent({ kind: 'suggested', threadId: 't2', at: Date.parse('2026-11-23T11:00:00Z'), dayKey: '2026-11-23' });
    const day = await rollup(store, '2026-11-23');
    expect(day?.feedMs).toBe(120_000);
    expect(day?.callsSuggested).toBe(2);
    expect(day?.callsProposed).toBe(1);
    expect((await store.exportAll()).callEvents).toHaveLength(3);
    await expect(store.addFeedTime('2026-11-23', -5)).rejects.toThrow(RangeError);
  });
});

describe('conversations', () => {
  const NOW = Date.parse('2026-11-23T12:00:00Z');
  const thread = (threadId: string, inLast7d: number, outLast7d: number, extra: Partial<ConversationStat> = {}): ConversationStat => ({
    threadId,
    participantName: `Person ${threadId}`,
    threadUrl: `https://www.linkedin.com/messaging/thread/${threadId}/`,
    inLast7d,
    outLast7d,
    longestRun: 0,
    lastActivity: NOW - DAY,
    templated: false,
    ...extra,
  });

  it('lists those that deserve a call, most active first, with the latest stats of each', async () => {
    const { store } = await freshStore();
    await store.upsertConversation(thread('a', 6, 6));
    await store.upsertConversation(thread('b', 9, 9));
    await store.upsertConversation(thread('c', 40, 40, { templated: true }));
    await store.upsertConversation(thread('d', 7, 7));
    await store.upsertConversation(thread('e', 8, 8, { lastActivity: NOW - 9 * DAY }));
    await store.upsertConversation(thread('f', 2, 2));
    await store.upsertConversation(thread('a', 12, 11));
    expect((await store.conversationsDeservingCall(NOW)).map((c) => c.threadId)).toEqual(['a', 'b', 'd']);
    expect((await store.conversationsDeservingCall(NOW, 1)).map((c) => c.threadId)).toEqual(['a']);
  });

  it('stores only the stats, never anything else a caller passes along (such as message text)', async () => {
    const { store } = await freshStore();
    await store.upsertConversation({ ...thread('a', 6, 6), lastMessage: 'Hi Ana, about Tuesday…' } as ConversationStat);
    const [row] = (await store.exportAll()).conversations;
    expect(row).toEqual(thread('a', 6, 6));
    expect(JSON.stringify(row)).not.toContain('Tuesday');
  });
});

describe('recordFingerprint', () => {
  it('counts distinct other senders of near-identical text, never the sender itself', async () => {
    const { store } = await freshStore();
    const at = Date.parse('2026-11-23T12:00:00Z');
    expect(await store.recordFingerprint('0123456789abcdef', 'alice', at)).toBe(0);
    expect(await store.recordFingerprint('0123456789abcdef', 'alice', at + 1)).toBe(0);
    expect(await store.recordFingerprint('0123456789ABCDEE', 'bob', at + 2)).toBe(1);
    expect(await store.recordFingerprint('0123456789abcde8', 'bob', at + 3)).toBe(1);
    // Two bits from alice's and three from bob's first: near-identical to both.
    expect(await store.recordFingerprint('8123456789abcdaf', 'carol', at + 4)).toBe(2);
    // Eight bits from alice's and more from everyone else's: a different text.
    expect(await store.recordFingerprint('fe23456789abcdef', 'dave', at + 5)).toBe(0);
    expect((await store.exportAll()).fingerprints).toHaveLength(5);
    await expect(store.recordFingerprint('not-hex', 'erin', at)).rejects.toThrow(RangeError);
  });
});

describe('selector health', () => {
  it('keeps the latest state per surface and since when it holds', async () => {
    const { store } = await freshStore();
    await store.recordSelectorHealth({ surface: 'feed', ok: true, at: 100 });
    await store.recordSelectorHealth({ surface: 'feed', ok: true, at: 200 });
    await store.recordSelectorHealth({ surface: 'messages', ok: true, at: 150 });
    await store.recordSelectorHealth({ surface: 'messages', ok: false, at: 300 });
    await store.recordSelectorHealth({ surface: 'messages', ok: true, at: 250 });
    await store.recordSelectorHealth({ surface: 'comments', ok: false, at: 50 });
    expect(await store.selectorHealth()).toEqual([
      { surface: 'feed', ok: true, at: 200, since: 100 },
      { surface: 'comments', ok: false, at: 50, since: 50 },
      { surface: 'messages', ok: false, at: 300, since: 300 },
    ]);
  });
});

describe('recordFingerprints', () => {
  it('records a batch at once, each entry counting the ones before it', async () => {
    const { store } = await freshStore();
    const at = Date.parse('2026-11-23T12:00:00Z');
    expect(
      await store.recordFingerprints(
        [
          { fp: '0123456789abcdef', sender: 'alice' },
          { fp: '0123456789abcdee', sender: 'bob' },
          { fp: '0123456789abcdef', sender: 'alice' },
          { fp: 'fedcba9876543210', sender: 'carol' },
        ],
        at,
      ),
    ).toEqual([0, 1, 1, 0]);
    await expect(store.recordFingerprints([{ fp: '0123456789abcdef', sender: 'dave' }, { fp: 'nope', sender: 'erin' }], at)).rejects.toThrow(RangeError);
    expect((await store.exportAll()).fingerprints.map((row) => row.sender).sort()).toEqual(['alice', 'bob', 'carol']);
  });
});
