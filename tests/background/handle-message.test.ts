import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test } from 'vitest';
import { handleMessage, messageHandlers, type BackgroundDeps, type Clock } from '../../src/background/handle-message';
import type { Item } from '../../src/detect/types';
import type { JudgedItem, Message, Responses } from '../../src/messages';
import { hashId } from '../../src/shared/hash-id';
import { DEFAULT_SETTINGS, validateSettings, type Settings } from '../../src/shared/settings';
import type { StoredEvent } from '../../src/shared/store-types';
import { openStore } from '../../src/store';

const person = (name: string) => ({ name, profileUrl: `/in/${name.toLowerCase()}` });
/** A comment that tags five people who are not in the thread: tag-hijacking at any sensitivity. */
const hijack: Item = {
  id: 'urn:li:comment:(activity:7,1)',
  kind: 'comment',
  text: 'Ana Bo Cy Di Ed',
  author: person('Zed'),
  mentions: ['Ana', 'Bo', 'Cy', 'Di', 'Ed'].map(person),
  hashtags: [],
  threadId: 'urn:li:activity:7',
  authorIsPostAuthor: false,
  threadParticipants: ['/in/zed'],
};
const plainPost: Item = { id: 'urn:li:activity:8', kind: 'post', text: 'We shipped the new release today.', mentions: [], hashtags: [] };
const judge = (items: Item[]): Message => ({ type: 'content/judge-items', items });

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
  test('judges items with the detectors under the user\'s settings and answers with hashed ids and readable reasons', async () => {
    const { judged } = (await send(judge([hijack, plainPost]))) as Responses['content/judge-items'];
    expect(judged.map((j) => j.id)).toEqual([await hashId(hijack.id), await hashId(plainPost.id)]);
    expect(judged[0]!.verdicts[0]).toMatchObject({ pattern: 'tag-hijack' });
    expect(judged[0]!.verdicts[0]!.reasons[0]!.text).not.toBe('');
    expect(judged[1]!.verdicts).toEqual([]);

    saved = { ...DEFAULT_SETTINGS, patterns: { ...DEFAULT_SETTINGS.patterns, 'tag-hijack': false } };
    const again = (await send(judge([hijack]))) as Responses['content/judge-items'];
    expect(again.judged[0]!.verdicts).toEqual([]);
  });

  test('records what it judged as the store keeps it: hashed id, kind, reason codes, and never the text', async () => {
    const { judged } = (await send(judge([hijack, plainPost]))) as Responses['content/judge-items'];
    const { events } = (await send({ type: 'page/export' })) as { events: StoredEvent[] };
    expect(events.map((e) => [e.id, e.kind]).sort()).toEqual(
      judged.map((j: JudgedItem, i) => [j.id, [hijack, plainPost][i]!.kind]).sort(),
    );
    const stored = events.find((e) => e.kind === 'comment')!;
    expect(stored.verdicts[0]!.reasons).toEqual(judged[0]!.verdicts[0]!.reasons.map((r) => r.code));
    const everything = JSON.stringify(await send({ type: 'page/export' }));
    expect(everything).not.toContain('We shipped');
    expect(everything).not.toContain('urn:li:');
  });

  test('an item judged twice counts once in the week', async () => {
    await send(judge([hijack]));
    await send(judge([hijack]));
    const summary = (await send({ type: 'page/weekly-summary' })) as { thisWeek: { totals: { tagHijackComments: number } } };
    expect(summary.thisWeek.totals.tagHijackComments).toBe(1);
    expect(badgeCleared).toBe(1);
  });

  test('a correction is remembered for the page and leaves the count', async () => {
    const { judged } = (await send(judge([hijack]))) as Responses['content/judge-items'];
    const id = judged[0]!.id;
    await send({ type: 'content/correction', id, pattern: 'tag-hijack' });
    const state = (await send({ type: 'content/page-state' })) as { correctedIds: string[]; settings: Settings };
    expect(state.correctedIds).toEqual([id]);
    expect(state.settings).toEqual(DEFAULT_SETTINGS);
    const summary = (await send({ type: 'page/weekly-summary' })) as { thisWeek: { totals: { tagHijackComments: number } } };
    expect(summary.thisWeek.totals.tagHijackComments).toBe(0);
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

  test('a message draft is checked for an unfilled placeholder and a stock opener by the detector\'s rules', async () => {
    const check = (text: string) => send({ type: 'content/draft-signals', text });
    expect(await check('I hope this message finds you well. I came across your profile and wanted to connect.')).toEqual({ placeholder: null, stockOpener: true });
    expect(await check('Hi {first_name}, quick one')).toEqual({ placeholder: '{first_name}', stockOpener: false });
    expect(await check('Thanks for yesterday, Ana. Shall we finish the budget sheet on Friday?')).toEqual({ placeholder: null, stockOpener: false });
  });

  test('delete-all empties the store and resets settings', async () => {
    await send(judge([hijack]));
    await send({ type: 'page/save-settings', settings: { ...DEFAULT_SETTINGS, sensitivity: 'strict' } });
    await send({ type: 'page/delete-all' });
    const exported = (await send({ type: 'page/export' })) as { events: unknown[]; rollups: unknown[] };
    expect(exported.events).toEqual([]);
    expect(exported.rollups).toEqual([]);
    expect(saved.sensitivity).toBe('balanced');
  });
});
