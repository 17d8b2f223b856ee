// The parts the worker injects on demand, in Firefox, whose content scripts run behind Xray wrappers: the
// feed's time and nudge, the feed nudge's banner, the mirror hints and the dim and collapse display modes register through the same
// dock on the isolated world's globalThis as the call script (call-firefox.e2e.ts), and work once injected.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { DisplayMode, Settings } from '../../src/shared/settings';
import type { ConversationStat } from '../../src/shared/store-types';
import { feedTimeInStore } from './feed-time-store';
import { COMPOSER, THREAD_PATH, launchFirefoxOnThreadAndFeed, type FirefoxExtension } from './firefox-browser';

const ana: ConversationStat = {
  threadId: 'a'.repeat(32),
  participantName: 'Ana Ruiz',
  threadUrl: 'https://www.linkedin.com/messaging/thread/2-ana/',
  inLast7d: 6,
  outLast7d: 5,
  longestRun: 8,
  lastActivity: Date.now(),
  templated: false,
};
let firefox: FirefoxExtension;

beforeAll(async () => {
  firefox = await launchFirefoxOnThreadAndFeed();
});
afterAll(async () => firefox?.close());

/** The text inside one of our shadow roots (puppeteer's CSS selectors do not pierce them). */
const shadowText = (page: Page, host: string, inner: string): Promise<string | null> =>
  page.evaluate((h, i) => document.querySelector(h)?.shadowRoot?.querySelector(i)?.textContent ?? null, host, inner);

test('in Firefox, the first keystrokes in a composer bring the mirror hints, which point out an unfilled placeholder', async () => {
  const page = await firefox.openLinkedIn(THREAD_PATH);
  await page.waitForSelector(COMPOSER, { timeout: 15_000 });
  await page.click(COMPOSER);
  await page.keyboard.type('Hi {first_name}, quick question about your team');
  await page.waitForFunction(
    () => document.querySelector('not-so-social-hint')?.shadowRoot?.querySelector('[role="status"]')?.textContent?.includes('{first_name}'),
    { timeout: 15_000 },
  );
  expect(await shadowText(page, 'not-so-social-hint', '[role="status"]')).toBe(
    'This draft still has an unfilled placeholder ({first_name}) — fill it in before sending?',
  );
  await page.close();
});

test('in Firefox, a nudge that is due brings the banner\'s script; "Not today" takes it away', async () => {
  // A first visit writes today's rollup; fifteen minutes of earlier feed time are then added to it.
  const first = await firefox.openLinkedIn('/feed/');
  await first.waitForFunction(() => document.querySelector('not-so-social-label'), { timeout: 15_000 });
  await first.close();
  const extensionPage = await firefox.openExtensionPage('src/popup/index.html');
  await extensionPage.evaluate(feedTimeInStore, ['seed', ana] as const);
  await extensionPage.close();

  const page = await firefox.openLinkedIn('/feed/');
  await page.waitForFunction(() => document.querySelector('not-so-social-nudge')?.shadowRoot?.querySelector('a'), { timeout: 15_000 });
  expect(await shadowText(page, 'not-so-social-nudge', 'a')).toBe('Call Ana Ruiz');
  expect(await shadowText(page, 'not-so-social-nudge', 'h2')).toMatch(/^1[5-9] minutes on the feed today$/);
  await page.evaluate(() => document.querySelector('not-so-social-nudge')?.shadowRoot?.querySelector<HTMLButtonElement>('button.snooze')?.click());
  expect(await page.$('not-so-social-nudge')).toBeNull();
  expect(firefox.errors).toEqual([]);
  await page.close();
});

/** Saves a display mode the way the options page does, through the background. */
async function chooseDisplay(display: DisplayMode): Promise<void> {
  const extensionPage = await firefox.openExtensionPage('src/popup/index.html');
  await extensionPage.evaluate(async (mode) => {
    const runtime = (globalThis as unknown as { browser: { runtime: { sendMessage: (message: unknown) => Promise<unknown> } } }).browser.runtime;
    const current = (await runtime.sendMessage({ type: 'page/get-settings' })) as Settings;
    await runtime.sendMessage({ type: 'page/save-settings', settings: { ...current, display: mode } });
  }, display);
  await extensionPage.close();
}

test("in Firefox, 'collapse' brings the display modes' script, which hides each flagged item behind its bar", async () => {
  await chooseDisplay('collapse');
  const page = await firefox.openLinkedIn('/feed/');
  await page.waitForFunction(() => document.querySelector('not-so-social-collapsed')?.shadowRoot?.querySelector('button'), { timeout: 15_000 });
  const shown = await page.evaluate(() => ({
    labels: document.querySelectorAll('not-so-social-label').length,
    bars: document.querySelectorAll('not-so-social-collapsed').length,
    hidden: [...document.querySelectorAll('[data-not-so-social-display=collapse]')].filter((item) => getComputedStyle(item).display === 'none').length,
  }));
  expect(shown.bars).toBeGreaterThan(0);
  expect(shown).toEqual({ labels: shown.bars, bars: shown.bars, hidden: shown.bars });
  expect(firefox.errors).toEqual([]);
  await page.close();
  await chooseDisplay('label');
});
