import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FIXTURES, launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/extension-browser';
import type { Settings } from '../../src/shared/settings';
import { readStoredEvents } from './store-probe';

const POST_PATH = '/feed/update/urn:li:activity:1111111111111111111/';
const FLAGGED = '#ember75';
const REACT_FEED_PATH = '/feed/';
const REACT_CARD = '[role="listitem"][componentkey*="FeedType_"]';
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser({
    routes: {
      [POST_PATH]: 'linkedin-post-comment-thread-2026-09-edited-four-mentions.html',
      [REACT_FEED_PATH]: 'linkedin-react-feed-posts-2026-09-scrubbed.html',
    },
  });
  const options = await browser.openExtensionPage('src/popup/index.html');
  await options.evaluate(async () => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage: (message: unknown) => Promise<unknown> } } }).chrome.runtime;
    const current = (await runtime.sendMessage({ type: 'page/get-settings' })) as Settings;
    await runtime.sendMessage({ type: 'page/save-settings', settings: { ...current, display: 'collapse' } });
  });
  await options.close();
});
afterAll(async () => browser?.close());

async function settled(page: Page): Promise<void> {
  await page.waitForTimeout(2500);
}

test('"Not broadcast" restores the collapsed comment, and the correction sticks after a reload', async () => {
  const page = await browser.openLinkedIn(POST_PATH);
  await page.locator('not-so-social-collapsed').waitFor({ timeout: 15_000 });
  expect(await page.locator(FLAGGED).isVisible()).toBe(false);
  await page.locator('not-so-social-collapsed').getByRole('button').click();

  const label = page.locator('not-so-social-label');
  await label.locator('.pill').focus();
  await label.getByRole('button', { name: 'Not broadcast' }).click();
  expect(await label.count()).toBe(0);
  expect(await page.locator(FLAGGED).isVisible()).toBe(true);
  // The correction is a message to the background; let it be written before the reload.
  await settled(page);

  await page.reload();
  await settled(page);
  expect(await page.locator('not-so-social-label').count()).toBe(0);
  expect(await page.locator('not-so-social-collapsed').count()).toBe(0);
  expect(await page.locator(FLAGGED).isVisible()).toBe(true);
  await page.close();

  const events = await readStoredEvents(browser);
  const corrected = events.filter((event) => event.corrected.includes('tag-hijack'));
  expect(corrected).toHaveLength(1);
});

/**
 * The real React feed capture, its first post's text made engagement bait, and every opaque token of its
 * cards' componentkeys changed on each load: LinkedIn's React cards carry no urn, and nothing shows their
 * keys survive a reload.
 */
async function reactFeedLoad(load: number): Promise<string> {
  const html = await readFile(join(FIXTURES, 'linkedin-react-feed-posts-2026-09-scrubbed.html'), 'utf8');
  const tokens = [...html.matchAll(/componentkey="update-card-focus([A-Za-z0-9_-]+)FeedType_/g)].map((match) => match[1]!);
  expect(tokens).toHaveLength(2);
  let rekeyed = html.replace(
    'They ran the interview process on Internet Explorer and expected his answer on 5G. ',
    'Agree? Comment YES below and I will send you the full guide. Repost ♻️ to help your network. Follow me for more. ',
  );
  for (const token of tokens) rekeyed = rekeyed.replaceAll(token, `load${load}${token.slice(5)}`);
  return rekeyed;
}

test('"Not broadcast" on a React post sticks after a reload whose componentkeys differ', async () => {
  const page = await browser.context.newPage();
  let load = 0;
  await page.route(`https://www.linkedin.com${REACT_FEED_PATH}`, async (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: await reactFeedLoad(++load) }),
  );
  await page.goto(`https://www.linkedin.com${REACT_FEED_PATH}`);
  const firstKey = await page.locator(REACT_CARD).first().getAttribute('componentkey');
  await page.locator('not-so-social-collapsed').waitFor({ timeout: 15_000 });
  await page.locator('not-so-social-collapsed').getByRole('button').click();
  const label = page.locator('not-so-social-label');
  await label.locator('.pill').focus();
  await label.getByRole('button', { name: 'Not broadcast' }).click();
  expect(await label.count()).toBe(0);
  await settled(page);

  await page.reload();
  await settled(page);
  expect(load).toBe(2);
  expect(await page.locator(REACT_CARD).first().getAttribute('componentkey')).not.toBe(firstKey);
  expect(await page.locator('not-so-social-label').count()).toBe(0);
  expect(await page.locator('not-so-social-collapsed').count()).toBe(0);
  await page.close();

  const events = await readStoredEvents(browser);
  expect(events.filter((event) => event.corrected.includes('engagement-bait'))).toHaveLength(1);
});
