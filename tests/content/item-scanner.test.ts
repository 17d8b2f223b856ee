// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import './extension-globals';
import { SLICE_MS } from '../../src/content/idle-pause';
import { ItemScanner, type ScannerDeps } from '../../src/content/item-scanner';
import type { ItemReport } from '../../src/messages';

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

function deps(pause: () => Promise<void>): ScannerDeps & { reports: ItemReport[] } {
  const reports: ItemReport[] = [];
  return {
    options: () => ({ sensitivity: 'balanced' }),
    display: () => 'label',
    corrected: new Set(),
    report: (report) => reports.push(report),
    correct: vi.fn(),
    pause,
    reports,
  };
}

afterEach(() => vi.restoreAllMocks());

describe('ItemScanner', () => {
  test('gives the page the main thread back between slices, and puts all labels in at once at the end', async () => {
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
    expect(document.querySelectorAll('not-so-social-label')).toHaveLength(40);
    expect(d.reports).toHaveLength(60);
  });

  test('an element is judged once, however often it is handed over again', async () => {
    bigThread(2);
    const d = deps(async () => undefined);
    const scanner = new ItemScanner(d);
    await scanner.scan([document.body]);
    await scanner.scan([document.body, document.getElementById('ember75')!]);
    expect(d.reports).toHaveLength(5);
    expect(document.querySelectorAll('not-so-social-label')).toHaveLength(2);
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
    expect(d.reports).toHaveLength(4);
  });
});
