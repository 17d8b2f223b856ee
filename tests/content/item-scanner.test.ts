// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import './extension-globals';
import { judgeItems } from '../../src/background/judge-items';
import { SLICE_MS } from '../../src/content/idle-pause';
import { ItemScanner, type JudgedFound, type ScannerDeps } from '../../src/content/item-scanner';
import type { Item } from '../../src/detect/types';
import { MAX_JUDGE_BATCH } from '../../src/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { COMMENT, ITEM, ITEM_IN_EMBER_CARD, ITEM_IN_REACT_CARD } from '../../src/sites/linkedin/selectors';

const THREAD = readFileSync(resolve(import.meta.dirname, '../fixtures/linkedin-post-comment-thread-2026-09-edited-four-mentions.html'), 'utf8');
const CHAT = readFileSync(resolve(import.meta.dirname, '../fixtures/synthetic-chat-window-2026.html'), 'utf8');
const MESSAGE = '[data-event-urn^="urn:li:msg_message:"]';

/** The saved chat window with its three messages repeated `copies` times, as a long conversation would be. */
function longChat(copies: number): number {
  document.documentElement.innerHTML = CHAT;
  const rows = [...document.querySelectorAll(MESSAGE)].map((message) => message.closest('li') ?? message);
  const list = rows[0]!.parentElement!;
  for (let i = 1; i < copies; i++) for (const row of rows) list.append(row.cloneNode(true));
  return document.querySelectorAll(MESSAGE).length;
}

/** The saved thread with its comments repeated under new ids: `copies` × (the flagged comment and its reply). */
function bigThread(copies: number): void {
  document.documentElement.innerHTML = THREAD;
  const comment = document.getElementById('ember75')!;
  for (let i = 0; i < copies - 1; i++) {
    const copy = comment.cloneNode(true) as Element;
    copy.removeAttribute('id');
    for (const [n, item] of [copy, ...copy.querySelectorAll('[data-id^="urn:li:comment:"]')].entries()) {
      item.setAttribute('data-id', `urn:li:comment:(activity:1111111111111111111,9${i}${n})`);
    }
    comment.after(copy);
  }
}

interface Probe {
  /** Each judge request's items, as the worker would receive them. */
  requests: Item[][];
  /** Each hand-over of a scan's messages. */
  handedOver: JudgedFound[][];
  settings: Settings;
}

/** The scanner wired to the worker's own judging, in process, with what it asked and handed over recorded. */
function deps(pause: () => Promise<void>): ScannerDeps & Probe {
  const probe: Probe = { requests: [], handedOver: [], settings: structuredClone(DEFAULT_SETTINGS) };
  return {
    ...probe,
    judge: async (items) => {
      probe.requests.push(items);
      return judgeItems(structuredClone(items), probe.settings);
    },
    display: () => 'label',
    corrected: new Set(),
    correct: vi.fn(),
    messages: (judged) => probe.handedOver.push(judged),
    pause,
  };
}

const judgedCount = (d: Probe): number => d.requests.flat().length;
/** The recorded searches for items (all kinds, or those a post or comment holds) made on elements `on` accepts. */
function itemSearches(query: { mock: { calls: unknown[][]; contexts: unknown[] } }, on: (element: Element) => boolean = () => true): number {
  return query.mock.calls.filter(
    ([selector], i) => [ITEM, ITEM_IN_EMBER_CARD, ITEM_IN_REACT_CARD].includes(selector as string) && on(query.mock.contexts[i] as Element),
  ).length;
}
const labels = (): number => document.querySelectorAll('not-so-social-label').length;

afterEach(() => vi.restoreAllMocks());

describe('ItemScanner', () => {
  test('gives the page the main thread back between slices, sends the whole scan to the worker as one message, and puts all labels in at once at the end', async () => {
    const messages = longChat(20);
    // Each clock read moves time on by a third of a slice: a slice is a few items.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += SLICE_MS / 3));
    const labelsAtPauses: number[] = [];
    const d = deps(async () => {
      labelsAtPauses.push(document.querySelectorAll('not-so-social-label').length);
    });
    await new ItemScanner(d).scan([document.body]);
    expect(labelsAtPauses.length).toBeGreaterThanOrEqual(10);
    expect(labelsAtPauses.every((count) => count === 0)).toBe(true);
    expect(messages).toBe(60);
    // Two of the chat's three messages are templated.
    expect(labels()).toBe(40);
    expect(judgedCount(d)).toBe(60);
    // One request for the scan, not one per slice or per item: a slice here holds about three messages.
    expect(d.requests).toHaveLength(1);
    expect(d.requests[0]).toHaveLength(60);
    // The call feature gets all sixty messages of the scan at once, with their verdicts.
    expect(d.handedOver).toHaveLength(1);
    expect(d.handedOver[0]).toHaveLength(60);
    expect(d.handedOver[0]!.filter((m) => m.verdicts.some((v) => v.pattern === 'templated'))).toHaveLength(40);
  });

  test('a scan larger than one message allows goes to the worker in full messages and the rest', async () => {
    const messages = longChat(2 * MAX_JUDGE_BATCH / 3 + 10);
    const d = deps(async () => {});
    await new ItemScanner(d).scan([document.body]);
    expect(d.requests.map((items) => items.length)).toEqual([MAX_JUDGE_BATCH, MAX_JUDGE_BATCH, messages - 2 * MAX_JUDGE_BATCH]);
  });

  test('an element is judged once, however often it is handed over again', async () => {
    bigThread(2);
    const d = deps(async () => undefined);
    const scanner = new ItemScanner(d);
    await scanner.scan([document.body]);
    await scanner.scan([document.body, document.getElementById('ember75')!]);
    expect(judgedCount(d)).toBe(5);
    expect(labels()).toBe(2);
    // No message on the page: nothing for the call feature.
    expect(d.handedOver).toHaveLength(0);
  });

  test('an item added whole is searched for the items inside it once, by the adapter, not again by the scanner', async () => {
    bigThread(3);
    const d = deps(async () => undefined);
    const scanner = new ItemScanner(d);
    const query = vi.spyOn(Element.prototype, 'querySelectorAll');
    const added = document.getElementById('ember75')!;
    await scanner.scan([added]);
    // The thread's commenters are looked up on the post, outside what was added: not counted here.
    expect(itemSearches(query, (element) => added.contains(element))).toBe(1);
    expect(judgedCount(d)).toBe(2);
  });

  test('a whole-page scan reads each React comment once, though its outer wrapper is keyed with the same urn', async () => {
    const keyed = (n: number, inner: string): string =>
      `<div componentkey="replaceableComment_urn:li:comment:(urn:li:activity:7400000000000000001,${n})">` +
      `<div componentkey="CommentComponentReference_urn:li:comment:(urn:li:activity:7400000000000000001,${n})">` +
      `<a href="/in/person-${n}/">Person ${n}</a><p data-testid="expandable-text-box">Comment ${n}</p>${inner}</div></div>`;
    document.body.innerHTML = `<div>${keyed(1, keyed(11, ''))}${keyed(2, '')}</div>`;
    const d = deps(async () => undefined);
    const scanner = new ItemScanner(d);
    const query = vi.spyOn(Element.prototype, 'querySelectorAll');
    await scanner.scan([document.body]);
    // Each top-level wrapper once: the reply and the inner elements come with them.
    expect(itemSearches(query, (element) => element.matches(COMMENT))).toBe(2);
    expect(judgedCount(d)).toBe(3);
    query.mockClear();
    // A change inside a read comment reads what was added, not the comment again.
    const added = document.createElement('span');
    document.querySelector('[data-testid="expandable-text-box"]')!.append(added);
    await scanner.scan([added]);
    expect(itemSearches(query)).toBe(1);
    expect(judgedCount(d)).toBe(3);
  });

  test('a reply added later inside a judged comment is read on its own', async () => {
    bigThread(1);
    const d = deps(async () => undefined);
    const scanner = new ItemScanner(d);
    await scanner.scan([document.body]);
    const reply = document.querySelector('#ember75 [data-id^="urn:li:comment:"]')!.cloneNode(true) as Element;
    reply.setAttribute('data-id', 'urn:li:comment:(activity:1111111111111111111,777)');
    document.getElementById('ember75')!.append(reply);
    await scanner.scan([reply]);
    expect(judgedCount(d)).toBe(4);
  });

  test('an item the user corrected is judged and counted but not labelled', async () => {
    bigThread(2);
    const first = deps(async () => undefined);
    await new ItemScanner(first).scan([document.body]);
    const flagged = (await judgeItems(first.requests.flat(), first.settings)).filter((j) => j.verdicts.length > 0);
    expect(flagged).toHaveLength(2);
    expect(labels()).toBe(2);

    bigThread(2);
    const again = deps(async () => undefined);
    await new ItemScanner({ ...again, corrected: new Set([flagged[0]!.id]) }).scan([document.body]);
    expect(judgedCount(again)).toBe(judgedCount(first));
    expect(labels()).toBe(1);
  });

  test('a worker that cannot answer leaves the items unlabelled, and the scan still ends', async () => {
    longChat(1);
    const d = deps(async () => undefined);
    const scanner = new ItemScanner({ ...d, judge: async () => null });
    await scanner.scan([document.body]);
    expect(labels()).toBe(0);
  });

  test('settings applied again re-judge the labelled items in the worker and drop the labels it no longer flags', async () => {
    longChat(2);
    const d = deps(async () => undefined);
    const scanner = new ItemScanner(d);
    await scanner.scan([document.body]);
    expect(labels()).toBe(4);
    d.settings.patterns.templated = false;
    await scanner.applySettings();
    expect(d.requests.at(-1)).toHaveLength(4);
    expect(labels()).toBe(0);
  });
});
