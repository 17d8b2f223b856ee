// The call feature's script is not in the content script every LinkedIn page gets: the worker injects it
// the first time a page shows a composer or messages, once per document, also when LinkedIn navigates in
// the page. Which extension scripts ran in a page is read from Chromium's debugger (extension-scripts.ts).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FIXTURES, launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/extension-browser';
import { INJECTED_SCRIPT_FILES } from '../../src/background/script-injection';
import { openWatched } from './extension-scripts';

const CALL_SCRIPT_FILE = INJECTED_SCRIPT_FILES.call;
/** The feed's own part (time on the feed, the nudge), which every feed page gets. */
const FEED_TIME_FILE = INJECTED_SCRIPT_FILES['feed-time'];
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

test('a feed page without a composer runs the core content script and the feed\'s part only; a chat window opened later brings the call script, once', async () => {
  const { page, extensionScripts } = await openWatched(browser, FEED_PATH);
  await expect.poll(() => extensionScripts).toContain('src/content/index.js');
  // The first scan has read the feed and the worker has answered (the popup's counts come from it).
  await page.waitForTimeout(3000);
  expect(extensionScripts).toEqual(['src/content/index.js', FEED_TIME_FILE]);
  expect(await page.locator('not-so-social-call').count()).toBe(0);

  // LinkedIn moves to a thread without loading a document, and its docked chat window shows a composer.
  const chatWindow = await readFile(join(FIXTURES, 'synthetic-chat-window-2026.html'), 'utf8');
  await page.evaluate(([path, html]) => {
    history.pushState({}, '', path);
    document.body.insertAdjacentHTML('beforeend', html);
  }, [THREAD_PATH, chatWindow] as const);
  await page.locator(CALL_ROW).waitFor({ timeout: 15_000 });
  expect(extensionScripts).toEqual(['src/content/index.js', FEED_TIME_FILE, CALL_SCRIPT_FILE]);

  // A second chat window is handled by the script already there.
  await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), chatWindow);
  await expect.poll(() => page.locator(CALL_ROW).count()).toBe(2);
  expect(extensionScripts.filter((url) => url === CALL_SCRIPT_FILE)).toHaveLength(1);
  await page.close();
});

test('a messaging page gets the call script as it loads, and its row beside the composer; not the feed\'s part', async () => {
  const { page, extensionScripts } = await openWatched(browser, THREAD_PATH);
  await page.locator(CALL_ROW).waitFor({ timeout: 15_000 });
  // Off the feed, the feed's part never comes.
  expect(extensionScripts).toEqual(['src/content/index.js', CALL_SCRIPT_FILE]);
  await page.close();
});
