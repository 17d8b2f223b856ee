// "Suggest a call" in a real Chromium with the built extension, on the saved messaging pages: the draft
// lands in LinkedIn's composer through real input events, the user's draft is kept, the events reach the
// store, and a long exchange ends up in the popup with a link that opens the draft.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FIXTURES, launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/extension-browser';
import type { CallEvent, ConversationStat } from '../../src/shared/store-types';

const CONVERSATION = '8482fcae-ae85-4ae7-befe-95487d5269b6_100';
const THREAD_PATH = `/messaging/thread/2-${btoa(CONVERSATION)}/`;
const CHAT_PATH = '/feed/';
const SCREENSHOTS = process.env.CALL_SCREENSHOTS ?? '/tmp';
/** Counts are reported once a thread settles (1.5 s) and each read opens an extension page. */
const STORE_WAIT = { timeout: 15_000, interval: 500 };
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser({
    routes: { [THREAD_PATH]: 'linkedin-messaging-thread-2026-05.html', [CHAT_PATH]: 'synthetic-chat-window-2026.html' },
  });
});
afterAll(async () => browser?.close());

/**
 * The edited long exchange, re-dated so that its last message was sent five minutes ago: the send times
 * live in the message urns, and "deserves a call" only looks at the last 7 days.
 */
async function recentLongExchange(): Promise<string> {
  const html = await readFile(join(FIXTURES, 'linkedin-messaging-thread-2026-05-edited-long-exchange.html'), 'utf8');
  const urn = /(urn:li:msg_message:\(urn:li:fsd_profile:[^,]+,2-)([A-Za-z0-9+/=]+)\)/g;
  const times = [...html.matchAll(urn)].map((match) => Number(atob(match[2] ?? '').split('b')[0]));
  const shift = Date.now() - 5 * 60_000 - Math.max(...times);
  return html.replace(urn, (_whole, prefix: string, encoded: string) => {
    const decoded = atob(encoded);
    const sentAt = Number(decoded.split('b')[0]);
    return `${prefix}${btoa(decoded.replace(/^\d+/, String(sentAt + shift)))})`;
  });
}

/** Records, in the page's own world (where LinkedIn's editor listens), every input event the composer gets. */
async function listenToComposer(page: Page): Promise<void> {
  await page.evaluate(() => {
    const editor = document.querySelector('.msg-form [contenteditable="true"]');
    const seen: string[] = [];
    (window as unknown as { composerInputs: string[] }).composerInputs = seen;
    for (const type of ['beforeinput', 'input']) {
      editor?.addEventListener(type, (event) => seen.push(`${event.type}:${(event as InputEvent).inputType}:${event.isTrusted}`));
    }
    document.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      seen.push('submit');
    });
  });
}

const composerInputs = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { composerInputs: string[] }).composerInputs);
const composerLines = (page: Page): Promise<string[]> =>
  page.$$eval('.msg-form [contenteditable="true"] p', (lines) => lines.map((line) => line.textContent ?? ''));

async function readStore<T>(store: 'callEvents' | 'conversations'): Promise<T[]> {
  const page = await browser.openExtensionPage('src/popup/index.html');
  try {
    return await page.evaluate(
      (name) =>
        new Promise<T[]>((resolve, reject) => {
          const open = indexedDB.open('not-so-social');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction(name).objectStore(name).getAll();
            request.onsuccess = () => resolve(request.result as T[]);
            request.onerror = () => reject(request.error);
          };
        }),
      store,
    );
  } finally {
    await page.close();
  }
}

test('full page: one click types a draft for Casey below the user\'s own text, through real input events, and never sends', async () => {
  const page = await browser.openLinkedIn(THREAD_PATH);
  const button = page.locator('not-so-social-call button.suggest');
  await button.waitFor({ timeout: 15_000 });
  expect(await button.textContent()).toBe('Suggest a call');
  await listenToComposer(page);
  await page.locator('.msg-form [contenteditable="true"]').click();
  await page.keyboard.type('Thanks for the intro!');

  // Keyboard first: Tab order reaches the button like any other control of the form.
  await button.focus();
  await page.keyboard.press('Enter');

  await expect.poll(() => composerLines(page)).toHaveLength(2);
  const [own, draft] = await composerLines(page);
  expect(own).toBe('Thanks for the intro!');
  expect(draft).toMatch(/^Hi Casey, shall we pick this up on a quick call instead\? Would \w{3} \d\d:\d\d, \w{3} \d\d:\d\d or \w{3} \d\d:\d\d \(.+\) work for 30 minutes\?$/);
  const inputs = await composerInputs(page);
  // Trusted input events, as from typing: a new line, then the text. (Chromium fires no beforeinput for
  // execCommand; LinkedIn's editor follows the input event.)
  expect(inputs.slice(-2)).toEqual(['input:insertParagraph:true', 'input:insertText:true']);
  expect(inputs).not.toContain('submit');
  // The caret ends after the draft, where the user would go on typing.
  expect(await page.evaluate(() => {
    const selection = getSelection();
    return selection?.isCollapsed && selection.anchorNode?.textContent?.length === selection.anchorOffset && selection.anchorNode.textContent.startsWith('Hi Casey');
  })).toBe(true);

  const status = page.locator('not-so-social-call .status');
  await expect.poll(() => status.textContent()).toBe('Draft added to the message. Edit it and press Send yourself.');
  const google = page.locator('not-so-social-call a.google');
  const googleUrl = new URL((await google.getAttribute('href')) ?? '');
  expect(googleUrl.searchParams.get('text')).toBe('Call with Casey Carter');
  expect(googleUrl.searchParams.get('details')).toContain(`https://www.linkedin.com${THREAD_PATH}`);
  expect(await page.locator('not-so-social-call a.ics').getAttribute('download')).toBe('call-with-casey-carter.ics');
  const ics = await page.locator('not-so-social-call a.ics').evaluate(async (a) => (await fetch((a as HTMLAnchorElement).href)).text());
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(ics).toContain('SUMMARY:Call with Casey Carter');

  await page.screenshot({ path: join(SCREENSHOTS, 'call-suggest-full-page.png'), clip: { x: 0, y: 0, width: 1280, height: 900 } });
  await expect.poll(async () => (await readStore<CallEvent>('callEvents')).filter((e) => e.kind === 'suggested'), STORE_WAIT).toHaveLength(1);
  await page.close();
});

test('docked chat window: the draft greets Jordan, and the pitch thread is kept as templated', async () => {
  const page = await browser.openLinkedIn(CHAT_PATH);
  const button = page.locator('not-so-social-call button.suggest');
  await button.waitFor({ timeout: 15_000 });
  await listenToComposer(page);
  await button.click();
  await expect.poll(() => composerLines(page)).toEqual([expect.stringMatching(/^Hi Jordan, shall we pick this up/)]);
  expect(await composerInputs(page)).toContain('input:insertText:true');
  await page.screenshot({ path: join(SCREENSHOTS, 'call-suggest-chat-window.png') });
  await expect.poll(async () => (await readStore<ConversationStat>('conversations')).find((c) => c.participantName === 'Jordan Reyes')?.templated, STORE_WAIT).toBe(true);
  await expect.poll(async () => (await readStore<CallEvent>('callEvents')).filter((e) => e.kind === 'suggested'), STORE_WAIT).toHaveLength(2);
  await page.close();
});

test('a long back-and-forth gets one note in the thread, the popup lists it, and its link opens the thread with the draft ready', async () => {
  const recent = await recentLongExchange();
  await browser.context.route(`https://www.linkedin.com${THREAD_PATH}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: recent }),
  );
  const page = await browser.openLinkedIn(THREAD_PATH);
  const note = page.locator('not-so-social-call-nudge .text');
  await note.waitFor({ timeout: 15_000 });
  expect(await note.textContent()).toBe('You and Casey traded 14 messages this week. A short call might say more.');
  await page.locator('not-so-social-call-nudge').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOTS, 'call-nudge-thread.png') });
  await page.close();

  const popup = await browser.openExtensionPage('src/popup/index.html');
  const link = popup.locator('a', { hasText: 'You traded 14 messages with Casey Carter this week' });
  await link.waitFor({ timeout: 15_000 });
  expect(await link.getAttribute('href')).toBe(`https://www.linkedin.com${THREAD_PATH}#not-so-social-call`);
  await popup.screenshot({ path: join(SCREENSHOTS, 'call-popup-conversations.png') });
  const opened = browser.context.waitForEvent('page');
  await link.click();
  const thread = await opened;
  await expect.poll(() => composerLines(thread), { timeout: 15_000 }).toEqual([expect.stringMatching(/^Hi Casey, shall we pick this up/)]);
  // The hash is dropped once used, so a reload does not draft again.
  expect(new URL(thread.url()).hash).toBe('');
  await popup.close();

  // The user sends it: LinkedIn adds the message to the thread as a new outgoing row.
  await thread.evaluate((conversation) => {
    const rows = document.querySelectorAll('.msg-s-message-list__event');
    const last = rows[rows.length - 1] as HTMLElement;
    const row = last.cloneNode(true) as HTMLElement;
    const encoded = btoa(`${Date.now()}b424242-100&${conversation}`);
    row.querySelector('[data-event-urn]')?.setAttribute('data-event-urn', `urn:li:msg_message:(urn:li:fsd_profile:ACoAATEST0000000000000000000000000000005,2-${encoded})`);
    const body = row.querySelector('.msg-s-event-listitem__body');
    if (body) body.textContent = document.querySelector('.msg-form [contenteditable="true"]')?.textContent ?? '';
    last.after(row);
  }, CONVERSATION);
  await expect.poll(async () => (await readStore<CallEvent>('callEvents')).filter((e) => e.kind === 'proposed'), STORE_WAIT).toHaveLength(1);
  await thread.close();
});
