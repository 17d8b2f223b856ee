// The call feature's script is not in the content script every LinkedIn page gets: the worker injects it
// the first time a page shows a composer or messages, once per document, also when LinkedIn navigates in
// the page. Which extension scripts ran in a page is read from Chromium's debugger (each parsed script's
// URL), so "not injected" is seen directly, not inferred from a missing button.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FIXTURES, launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/extension-browser';
import { INJECTED_SCRIPT_FILES } from '../../src/background/script-injection';

const CALL_SCRIPT_FILE = INJECTED_SCRIPT_FILES.call;
const FEED_PATH = '/feed/';
const THREAD_PATH = `/messaging/thread/2-${btoa('8482fcae-ae85-4ae7-befe-95487d5269b6_100')}/`;
const CALL_ROW = 'not-so-social-call button.suggest';
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser({
    routes: { [FEED_PATH]: 'linkedin-react-feed-posts-2026-09-scrubbed.html', [THREAD_PATH]: 'linkedin-messaging-thread-2026-05.html' },
  });
});
afterAll(async () => browser?.close());

/** A LinkedIn page, with the URL of every script of this extension that runs in it, from the first. */
async function openWatched(path: string): Promise<{ page: Page; extensionScripts: string[] }> {
  const page = await browser.context.newPage();
  const extensionScripts: string[] = [];
  const cdp = await browser.context.newCDPSession(page);
  const origin = `chrome-extension://${browser.extensionId}/`;
  cdp.on('Debugger.scriptParsed', ({ url }) => {
    if (url.startsWith(origin)) extensionScripts.push(url.slice(origin.length));
  });
  await cdp.send('Debugger.enable');
  await page.goto(`https://www.linkedin.com${path}`);
  return { page, extensionScripts };
}

test('a feed page without a composer runs only the core content script; a chat window opened later brings the call script, once', async () => {
  const { page, extensionScripts } = await openWatched(FEED_PATH);
  await expect.poll(() => extensionScripts).toContain('src/content/index.js');
  // The first scan has read the feed and the worker has answered (the popup's counts come from it).
  await page.waitForTimeout(3000);
  expect(extensionScripts).toEqual(['src/content/index.js']);
  expect(await page.locator('not-so-social-call').count()).toBe(0);

  // LinkedIn moves to a thread without loading a document, and its docked chat window shows a composer.
  const chatWindow = await readFile(join(FIXTURES, 'synthetic-chat-window-2026.html'), 'utf8');
  await page.evaluate(([path, html]) => {
    history.pushState({}, '', path);
    document.body.insertAdjacentHTML('beforeend', html);
  }, [THREAD_PATH, chatWindow] as const);
  await page.locator(CALL_ROW).waitFor({ timeout: 15_000 });
  expect(extensionScripts).toEqual(['src/content/index.js', CALL_SCRIPT_FILE]);

  // A second chat window is handled by the script already there.
  await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), chatWindow);
  await expect.poll(() => page.locator(CALL_ROW).count()).toBe(2);
  expect(extensionScripts.filter((url) => url === CALL_SCRIPT_FILE)).toHaveLength(1);
  await page.close();
});

test('a messaging page gets the call script as it loads, and its row beside the composer', async () => {
  const { page, extensionScripts } = await openWatched(THREAD_PATH);
  await page.locator(CALL_ROW).waitFor({ timeout: 15_000 });
  expect(extensionScripts).toEqual(['src/content/index.js', CALL_SCRIPT_FILE]);
  await page.close();
});
