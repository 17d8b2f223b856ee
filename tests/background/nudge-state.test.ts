import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test } from 'vitest';
import { handleMessage, messageHandlers, type BackgroundDeps, type Clock } from '../../src/background/handle-message';
import type { Message, NudgeState } from '../../src/messages';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { openStore } from '../../src/store';

// Wednesday 2026-11-18, noon in Berlin; `later` moves the clock on.
let now = Date.UTC(2026, 10, 18, 11);
const clock: Clock = { now: () => now, timeZone: () => 'Europe/Berlin', locale: () => 'de-DE' };

let snoozedDay: string | null;
let send: <M extends Message>(message: M) => Promise<unknown>;

beforeEach(async () => {
  now = Date.UTC(2026, 10, 18, 11);
  snoozedDay = null;
  const deps: BackgroundDeps = {
    store: await openStore({ factory: new IDBFactory() }),
    clock,
    settings: { load: async () => DEFAULT_SETTINGS, save: async () => ({ ok: true, settings: DEFAULT_SETTINGS }), clear: async () => undefined },
    summaryShown: async () => undefined,
    nudgeSnooze: {
      load: async () => snoozedDay,
      save: async (day) => {
        snoozedDay = day;
      },
    },
  };
  const handlers = messageHandlers(deps);
  send = (message) => handleMessage(handlers, message);
});

describe('the feed nudge in the background', () => {
  test("answers today's feed time, summed over every report", async () => {
    expect(await send({ type: 'content/nudge-state' })).toEqual<NudgeState>({ feedMsToday: 0, snoozedToday: false });
    await send({ type: 'content/feed-time', ms: 30_000 });
    await send({ type: 'content/feed-time', ms: 12_000 });
    expect(await send({ type: 'content/nudge-state' })).toEqual<NudgeState>({ feedMsToday: 42_000, snoozedToday: false });
  });

  test('a snooze lasts for the local day only', async () => {
    await send({ type: 'content/feed-time', ms: 30_000 });
    await send({ type: 'content/nudge-snooze' });
    expect(snoozedDay).toBe('2026-11-18');
    expect(await send({ type: 'content/nudge-state' })).toEqual<NudgeState>({ feedMsToday: 30_000, snoozedToday: true });
    now += 24 * 3_600_000;
    expect(await send({ type: 'content/nudge-state' })).toEqual<NudgeState>({ feedMsToday: 0, snoozedToday: false });
  });
});
