import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/extension-browser';
import type { Settings } from '../../src/shared/settings';
import { readStoredEvents } from './store-probe';

const POST_PATH = '/feed/update/urn:li:activity:1111111111111111111/';
const FLAGGED = '#ember75';
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser({
    routes: { [POST_PATH]: 'linkedin-post-comment-thread-2026-09-edited-four-mentions.html' },
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
