import { describe, expect, it } from 'vitest';
import { bait, freshStore, seen, tagHijack, templated } from './fresh-store';
import { dayKey } from '../../src/store/local-days';
import { openDatabase } from '../../src/store/open-database';
import type { SeenVerdict } from '../../src/shared/store-types';
import type { ItemKind } from '../../src/detect/types';

const BERLIN = 'Europe/Berlin';
const NOW = Date.parse('2026-04-01T10:00:00Z'); // Wednesday of the first full summer-time week
const pod: SeenVerdict = { pattern: 'pod-comment', level: 'low', score: 0.5, reasons: ['generic-praise'] };

function at(iso: string, id: string, kind: ItemKind, verdicts: SeenVerdict[] = []) {
  const ms = Date.parse(iso);
  return seen(id, kind, dayKey(ms, BERLIN), verdicts, ms);
}

describe('weeklySummary', () => {
  it('compares this local week with the last one, split at local midnight after the March change', async () => {
    const { store } = await freshStore();
    await store.recordSeen([
      at('2026-03-22T12:00:00Z', 'older', 'post', [bait()]),
      at('2026-03-29T21:30:00Z', 'last-1', 'post', [bait()]), // Sunday 23:30 CEST
      at('2026-03-24T08:00:00Z', 'last-2', 'post'),
      at('2026-03-29T22:30:00Z', 'this-1', 'post', [bait()]), // Monday 00:30 CEST
      at('2026-03-30T09:00:00Z', 'this-2', 'post', [tagHijack()]),
      at('2026-03-31T09:00:00Z', 'this-3', 'post'),
      at('2026-04-01T09:00:00Z', 'this-4', 'post'),
      at('2026-03-31T10:00:00Z', 'c1', 'comment', [tagHijack('low')]),
      at('2026-03-31T10:01:00Z', 'c2', 'comment', [pod]),
      at('2026-03-31T10:02:00Z', 'c3', 'comment', [tagHijack('high')]),
      at('2026-04-01T08:00:00Z', 'm1', 'message', [templated()]),
      at('2026-04-01T08:05:00Z', 'i1', 'invite', [templated('low')]),
      at('2026-04-06T08:00:00Z', 'next-week', 'post', [bait()]),
    ]);
    await store.recordCorrection('c3', 'tag-hijack', Date.parse('2026-04-01T09:30:00Z'), '2026-04-01');
    await store.addFeedTime('2026-03-31', 600_000);
    await store.addFeedTime('2026-03-25', 120_000);
    await store.recordCallEvent({ kind: 'suggested', threadId: 't1', at: NOW - 3_600_000, dayKey: '2026-04-01' });
    await store.recordCallEvent({ kind: 'proposed', threadId: 't1', at: NOW - 3_000_000, dayKey: '2026-04-01' });
    await store.upsertConversation({
      threadId: 't1',
      participantName: 'Ana Ruiz',
      threadUrl: 'https://www.linkedin.com/messaging/thread/t1/',
      inLast7d: 7,
      outLast7d: 7,
      longestRun: 3,
      lastActivity: NOW - 3_000_000,
      templated: false,
    });
    await store.recordSelectorHealth({ surface: 'feed', ok: false, at: NOW - 60_000 });

    const summary = await store.weeklySummary(NOW, { timeZone: BERLIN, weekStartsOn: 1 });

    expect(summary.isEmpty).toBe(false);
    expect(summary.thisWeek.startDayKey).toBe('2026-03-30');
    expect(summary.thisWeek.endDayKey).toBe('2026-04-05');
    expect(summary.lastWeek.startDayKey).toBe('2026-03-23');
    const now = summary.thisWeek.totals;
    expect(now.seen).toEqual({ post: 4, comment: 3, message: 1, invite: 1 });
    expect(now.broadcastShare).toBe(0.5);
    expect(now.tagHijackComments).toBe(1);
    expect(now.podComments).toBe(1);
    expect(now.engagementBait).toBe(1);
    expect(now.templatedMessages).toBe(1);
    expect(now.templatedInvites).toBe(1);
    expect(now.corrections).toBe(1);
    expect(now.feedMs).toBe(600_000);
    expect(now.callsSuggested).toBe(1);
    expect(now.callsProposed).toBe(1);
    const last = summary.lastWeek.totals;
    expect(last.seen.post).toBe(2);
    expect(last.broadcastShare).toBe(0.5);
    expect(last.feedMs).toBe(120_000);
    expect(summary.days.map((d) => d.dayKey)).toEqual(['2026-03-30', '2026-03-31', '2026-04-01', '2026-04-02', '2026-04-03', '2026-04-04', '2026-04-05']);
    expect(summary.days[0]).toEqual({ dayKey: '2026-03-30', itemsSeen: 2, postsSeen: 2, broadcast: 2, feedMs: 0, callsProposed: 0 });
    expect(summary.days[1]).toEqual({ dayKey: '2026-03-31', itemsSeen: 4, postsSeen: 1, broadcast: 2, feedMs: 600_000, callsProposed: 0 });
    expect(summary.days[2]?.callsProposed).toBe(1);
    expect(summary.conversations.map((c) => c.participantName)).toEqual(['Ana Ruiz']);
    expect(summary.selectorHealth).toEqual([{ surface: 'feed', ok: false, at: NOW - 60_000, since: NOW - 60_000 }]);
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });

  it('uses the locale week: a Sunday belongs to the week it starts in New York', async () => {
    const { store } = await freshStore();
    const zone = 'America/New_York';
    const sunday = Date.parse('2026-11-01T04:30:00Z'); // 00:30 EDT on the Sunday the clocks go back
    await store.recordSeen([seen('s', 'post', dayKey(sunday, zone), [], sunday)]);
    const sundayFirst = await store.weeklySummary(Date.parse('2026-11-04T15:00:00Z'), { timeZone: zone, weekStartsOn: 7 });
    const mondayFirst = await store.weeklySummary(Date.parse('2026-11-04T15:00:00Z'), { timeZone: zone, weekStartsOn: 1 });
    expect(sundayFirst.thisWeek.startDayKey).toBe('2026-11-01');
    expect(sundayFirst.thisWeek.totals.seen.post).toBe(1);
    expect(mondayFirst.thisWeek.startDayKey).toBe('2026-11-02');
    expect(mondayFirst.thisWeek.totals.seen.post).toBe(0);
    expect(mondayFirst.lastWeek.totals.seen.post).toBe(1);
  });

  it('says so on first run, with a full week of empty days', async () => {
    const { store } = await freshStore();
    const summary = await store.weeklySummary(NOW, { timeZone: BERLIN, weekStartsOn: 1 });
    expect(summary.isEmpty).toBe(true);
    expect(summary.days).toHaveLength(7);
    expect(summary.days.every((d) => d.itemsSeen === 0)).toBe(true);
    expect(summary.thisWeek.totals.broadcastShare).toBeNull();
    expect(summary.conversations).toEqual([]);
  });

  it('reads rollups only: the same summary with every event gone', async () => {
    const { store, factory } = await freshStore();
    await store.recordSeen([at('2026-03-31T10:00:00Z', 'c1', 'comment', [tagHijack()]), at('2026-03-31T10:01:00Z', 'p1', 'post', [bait()])]);
    const before = await store.weeklySummary(NOW, { timeZone: BERLIN, weekStartsOn: 1 });
    const db = await openDatabase({ factory });
    await db.clear('events');
    db.close();
    expect(await store.weeklySummary(NOW, { timeZone: BERLIN, weekStartsOn: 1 })).toEqual(before);
    expect(before.thisWeek.totals.tagHijackComments).toBe(1);
  });
});
