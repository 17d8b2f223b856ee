import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/extension-browser';
import { INJECTED_SCRIPT_FILES } from '../../src/background/script-injection';
import type { ConversationStat } from '../../src/shared/store-types';
import { openWatched } from './extension-scripts';
import { feedTimeInStore } from './feed-time-store';

const SCREENSHOTS = process.env.NSS_SCREENSHOTS;
const casey: ConversationStat = {
  threadId: 'c'.repeat(32),
  participantName: 'Casey Carter',
  threadUrl: 'https://www.linkedin.com/messaging/thread/2-casey/',
  inLast7d: 7,
  outLast7d: 7,
  longestRun: 10,
  lastActivity: Date.now(),
  templated: false,
};
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser({ routes: { '/feed/': 'synthetic-react-feed-2026.html' } });
});
afterAll(async () => browser?.close());

/** Runs `change` on today's rollup and the conversations inside the worker's own database. */
const inWorkerDatabase = (change: 'read' | 'seed', conversation: ConversationStat): Promise<number> =>
  browser.worker.evaluate(feedTimeInStore, [change, conversation] as const);

const banner = (page: Page) => page.locator('not-so-social-nudge');

test('active time on the feed is measured and reported to the background; the banner\'s code is not loaded before it is due', async () => {
  const { page, extensionScripts } = await openWatched(browser, '/feed/');
  await page.waitForTimeout(2500);
  expect(await banner(page).count()).toBe(0);
  // The feed's own part (time on the feed, the nudge) comes with the feed.
  expect(extensionScripts).toEqual(['src/content/index.js', INJECTED_SCRIPT_FILES['feed-time']]);
  // Closing the tab hands over the last stretch.
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => inWorkerDatabase('read', casey), { timeout: 5000 }).toBeGreaterThanOrEqual(1000);
});

test('past the day\'s stretch a banner offers the conversation worth a call; "Not today" holds after a reload', async () => {
  await inWorkerDatabase('seed', casey);
  const { page, extensionScripts } = await openWatched(browser, '/feed/');
  await banner(page).waitFor({ timeout: 10_000 });
  // Drawn by the banner's own script, which the worker injected when the nudge was due.
  expect(extensionScripts).toEqual(['src/content/index.js', INJECTED_SCRIPT_FILES['feed-time'], INJECTED_SCRIPT_FILES['nudge-banner']]);
  expect(await banner(page).getByRole('heading').textContent()).toBe('15 minutes on the feed today');
  const link = banner(page).getByRole('link', { name: 'Call Casey Carter' });
  expect(await link.getAttribute('href')).toBe('https://www.linkedin.com/messaging/thread/2-casey/#not-so-social-call');
  // Not modal: the page stays usable and keeps the focus.
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/nudge.png` });

  await banner(page).getByRole('button', { name: 'Not today' }).click();
  expect(await banner(page).count()).toBe(0);
  await page.waitForTimeout(500);
  await page.reload();
  await page.waitForTimeout(2500);
  expect(await banner(page).count()).toBe(0);
  await page.close();
});

test('a feed LinkedIn serves in a /preload/ document, its canonical link naming the feed, counts as feed time', async () => {
  browser.routes['/preload/'] = 'synthetic-react-feed-2026.html';
  await browser.context.addInitScript(() => {
    if (location.pathname !== '/preload/') return;
    document.addEventListener('DOMContentLoaded', () => {
      const canonical = document.createElement('link');
      canonical.rel = 'canonical';
      canonical.href = 'https://www.linkedin.com/feed/';
      document.head.append(canonical);
    });
  });
  const before = await inWorkerDatabase('read', casey);
  const page = await browser.openLinkedIn('/preload/');
  await page.waitForTimeout(2500);
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => inWorkerDatabase('read', casey), { timeout: 5000 }).toBeGreaterThanOrEqual(before + 1000);
});
