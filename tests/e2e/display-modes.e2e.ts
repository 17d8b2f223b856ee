import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/extension-browser';
import { INJECTED_SCRIPT_FILES } from '../../src/background/script-injection';
import type { DisplayMode, Settings } from '../../src/shared/settings';
import { openWatched } from './extension-scripts';

const POST_PATH = '/feed/update/urn:li:activity:1111111111111111111/';
const FLAGGED = '#ember75';
const CONTENT_SCRIPT = 'src/content/index.js';
const DISPLAY_MODES_SCRIPT = INJECTED_SCRIPT_FILES['display-modes'];
const SCREENSHOTS = process.env.NSS_SCREENSHOTS;
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser({
    routes: { [POST_PATH]: 'linkedin-post-comment-thread-2026-09-edited-four-mentions.html' },
  });
});
afterAll(async () => browser?.close());

/** Saves a display mode the way the options page does, through the background. */
async function chooseDisplay(display: DisplayMode): Promise<void> {
  const options = await browser.openExtensionPage('src/popup/index.html');
  const result = await options.evaluate(async (mode) => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage: (message: unknown) => Promise<unknown> } } }).chrome.runtime;
    const current = (await runtime.sendMessage({ type: 'page/get-settings' })) as Settings;
    return runtime.sendMessage({ type: 'page/save-settings', settings: { ...current, display: mode } });
  }, display);
  expect(result).toMatchObject({ ok: true });
  await options.close();
}

async function openThread(): Promise<Page> {
  const page = await browser.openLinkedIn(POST_PATH);
  await page.locator('not-so-social-label').first().waitFor({ state: 'attached', timeout: 15_000 });
  await page.waitForTimeout(1000);
  return page;
}

const opacity = (page: Page, selector: string): Promise<string> => page.$eval(selector, (element) => getComputedStyle(element).opacity);

test("'dim' fades the flagged comment only, and hover gives it back in full", async () => {
  await chooseDisplay('dim');
  const page = await openThread();
  expect(await page.locator('[data-not-so-social-display]').count()).toBe(1);
  expect(await opacity(page, FLAGGED)).toBe('0.45');
  expect(await page.$$eval('[data-id^="urn:li:comment:"]:not(#ember75)', (others) => others.map((o) => getComputedStyle(o).opacity))).toEqual(['1']);
  await page.hover(`${FLAGGED} .comments-comment-item__main-content`);
  await expect.poll(() => opacity(page, FLAGGED)).toBe('1');
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/display-dim.png`, fullPage: true });
  await page.close();
});

test("'collapse' hides the flagged comment behind a one-line bar; 'show' reveals it", async () => {
  await chooseDisplay('collapse');
  const page = await openThread();
  expect(await page.locator(FLAGGED).isVisible()).toBe(false);
  const bar = page.locator('not-so-social-collapsed');
  expect(await bar.count()).toBe(1);
  expect(await bar.locator('.text').textContent()).toBe('Tag-hijacking — Tags 4 people');
  const barHeight = await bar.evaluate((host) => host.getBoundingClientRect().height);
  expect(barHeight).toBeLessThan(48);
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/display-collapse.png`, fullPage: true });
  await bar.getByRole('button', { name: 'show: Tag-hijacking' }).click();
  expect(await page.locator(FLAGGED).isVisible()).toBe(true);
  expect(await bar.count()).toBe(0);
  await page.close();
});

test('a display change on the options page applies when the user returns to the tab, without a reload', async () => {
  await chooseDisplay('label');
  const page = await openThread();
  expect(await page.locator('[data-not-so-social-display]').count()).toBe(0);
  await chooseDisplay('collapse');
  // Coming back to the tab is what re-reads the settings.
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect.poll(() => page.locator('not-so-social-collapsed').count()).toBe(1);
  expect(await page.locator(FLAGGED).isVisible()).toBe(false);
  await chooseDisplay('label');
  await page.close();
});

test("'label', the default, never brings the display modes' script; 'dim' brings it once", async () => {
  await chooseDisplay('label');
  const labelled = await openWatched(browser, POST_PATH);
  await labelled.page.locator('not-so-social-label').first().waitFor({ state: 'attached', timeout: 15_000 });
  await labelled.page.waitForTimeout(1000);
  expect(labelled.extensionScripts).toEqual([CONTENT_SCRIPT]);
  await labelled.page.close();

  await chooseDisplay('dim');
  const dimmed = await openWatched(browser, POST_PATH);
  await expect.poll(() => dimmed.page.locator('[data-not-so-social-display=dim]').count(), { timeout: 15_000 }).toBe(1);
  expect(dimmed.extensionScripts).toEqual([CONTENT_SCRIPT, DISPLAY_MODES_SCRIPT]);
  await dimmed.page.close();
  await chooseDisplay('label');
});
