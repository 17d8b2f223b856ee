import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test } from 'vitest';
import { handleMessage, messageHandlers, type BackgroundDeps, type Clock } from '../../src/background/handle-message';
import type { Message } from '../../src/messages';
import { DEFAULT_SETTINGS, validateSettings, type Settings } from '../../src/shared/settings';
import type { SeenVerdict } from '../../src/shared/store-types';
import { openStore } from '../../src/store';

const HASH = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const OTHER = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const tagHijack: SeenVerdict = { pattern: 'tag-hijack', level: 'high', score: 0.9, reasons: ['mentions-many'] };

// Wednesday 2026-11-18, noon in Berlin.
const clock: Clock = { now: () => Date.UTC(2026, 10, 18, 11), timeZone: () => 'Europe/Berlin', locale: () => 'de-DE' };

let saved: Settings;
let badgeCleared: number;
let send: <M extends Message>(message: M) => Promise<unknown>;

beforeEach(async () => {
  saved = DEFAULT_SETTINGS;
  badgeCleared = 0;
  const store = await openStore({ factory: new IDBFactory() });
  const deps: BackgroundDeps = {
    store,
    clock,
    settings: {
      load: async () => saved,
      save: async (input) => {
        const result = validateSettings(input);
        if (result.ok) saved = result.settings;
        return result;
      },
      clear: async () => {
        saved = DEFAULT_SETTINGS;
      },
    },
    summaryShown: async () => {
      badgeCleared++;
    },
  };
  const handlers = messageHandlers(deps);
  send = (message) => handleMessage(handlers, message);
});

describe('background message handling', () => {
  test('an item reported twice counts once in the week', async () => {
    const report: Message = { type: 'content/items-seen', items: [{ id: HASH, kind: 'comment', verdicts: [tagHijack] }] };
    expect(await send(report)).toEqual({ added: 1 });
    expect(await send(report)).toEqual({ added: 0 });
    const summary = (await send({ type: 'page/weekly-summary' })) as { thisWeek: { totals: { tagHijackComments: number } } };
    expect(summary.thisWeek.totals.tagHijackComments).toBe(1);
    expect(badgeCleared).toBe(1);
  });

  test('a correction is remembered for the page and leaves the count', async () => {
    await send({ type: 'content/items-seen', items: [{ id: HASH, kind: 'comment', verdicts: [tagHijack] }] });
    await send({ type: 'content/correction', id: HASH, pattern: 'tag-hijack' });
    const state = (await send({ type: 'content/page-state' })) as { correctedIds: string[]; settings: Settings };
    expect(state.correctedIds).toEqual([HASH]);
    expect(state.settings).toEqual(DEFAULT_SETTINGS);
    const summary = (await send({ type: 'page/weekly-summary' })) as { thisWeek: { totals: { tagHijackComments: number } } };
    expect(summary.thisWeek.totals.tagHijackComments).toBe(0);
  });

  test('the same text from another sender is counted, the same sender is not', async () => {
    const fp = '0123456789abcdef';
    expect(await send({ type: 'content/fingerprints', fingerprints: [{ fp, sender: HASH }] })).toEqual({ otherSenders: [0] });
    expect(await send({ type: 'content/fingerprints', fingerprints: [{ fp, sender: HASH }, { fp, sender: OTHER }] })).toEqual({
      otherSenders: [0, 1],
    });
  });

  test('a bad setting is answered with its error and changes nothing', async () => {
    const result = (await send({
      type: 'page/save-settings',
      settings: { ...DEFAULT_SETTINGS, feedNudgeMinutes: -5 },
    })) as { ok: boolean; errors: { field: string }[] };
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => e.field)).toContain('feedNudgeMinutes');
    expect(await send({ type: 'page/get-settings' })).toEqual(DEFAULT_SETTINGS);
  });

  test('delete-all empties the store and resets settings', async () => {
    await send({ type: 'content/items-seen', items: [{ id: HASH, kind: 'comment', verdicts: [tagHijack] }] });
    await send({ type: 'page/save-settings', settings: { ...DEFAULT_SETTINGS, sensitivity: 'strict' } });
    await send({ type: 'page/delete-all' });
    const exported = (await send({ type: 'page/export' })) as { events: unknown[]; rollups: unknown[] };
    expect(exported.events).toEqual([]);
    expect(exported.rollups).toEqual([]);
    expect(saved.sensitivity).toBe('balanced');
  });
});
