// "Suggest a call" in Firefox, whose content scripts run behind Xray wrappers and whose execCommand is
// its own: the draft must still reach the composer through trusted input events, below the user's text.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FIXTURES } from '../../scripts/extension-browser';
import { COMPOSER, THREAD_PATH, launchFirefoxOnThreadAndFeed, type FirefoxExtension } from './firefox-browser';

let firefox: FirefoxExtension;

beforeAll(async () => {
  firefox = await launchFirefoxOnThreadAndFeed();
});
afterAll(async () => firefox?.close());

/** An element inside our row's shadow root (puppeteer's CSS selectors do not pierce it). */
async function inCallRow(page: Page, selector: string): Promise<ElementHandle<Element>> {
  const handle = await page.evaluateHandle((inner) => document.querySelector('not-so-social-call')?.shadowRoot?.querySelector(inner), selector);
  const element = handle.asElement();
  if (!element) throw new Error(`${selector} is not in the call row`);
  return element as ElementHandle<Element>;
}

test('in Firefox, one click types the draft for Casey below the user\'s text, with trusted input events, and offers the calendar', async () => {
  const page = await firefox.openLinkedIn(THREAD_PATH);
  await page.waitForSelector('not-so-social-call', { timeout: 15_000 });
  await page.evaluate((composer) => {
    const seen: string[] = [];
    (window as unknown as { composerInputs: string[] }).composerInputs = seen;
    document.querySelector(composer)?.addEventListener('input', (event) => seen.push(`${(event as InputEvent).inputType}:${event.isTrusted}`));
  }, COMPOSER);
  await page.click(COMPOSER);
  await page.keyboard.type('Thanks for the intro!');
  await (await inCallRow(page, 'button.suggest')).click();

  await page.waitForFunction((composer) => (document.querySelector(composer)?.querySelectorAll('p').length ?? 0) >= 2, { timeout: 10_000 }, COMPOSER);
  const lines = await page.$$eval(`${COMPOSER} p`, (paragraphs) => paragraphs.map((p) => p.textContent ?? ''));
  expect(lines[0]).toBe('Thanks for the intro!');
  expect(lines[1]).toMatch(/^Hi Casey, shall we pick this up on a quick call instead\?/);
  const inputs = await page.evaluate(() => (window as unknown as { composerInputs: string[] }).composerInputs);
  expect(inputs.slice(-2)).toEqual(['insertParagraph:true', 'insertText:true']);

  await page.waitForFunction(() => document.querySelector('not-so-social-call')?.shadowRoot?.querySelector('a.ics')?.getAttribute('download'), { timeout: 10_000 });
  const ics = await inCallRow(page, 'a.ics');
  expect(await ics.evaluate((a) => [(a as HTMLAnchorElement).download, (a as HTMLAnchorElement).href.slice(0, 5)])).toEqual(['call-with-casey-carter.ics', 'blob:']);
  await page.close();
});

test('in Firefox, a chat window opened on the feed after an in-page navigation gets its row from the call script injected then', async () => {
  const page = await firefox.openLinkedIn('/feed/');
  await page.waitForFunction(() => document.querySelector('not-so-social-label'), { timeout: 15_000 });
  expect(await page.$('not-so-social-call')).toBeNull();
  const chatWindow = await readFile(join(FIXTURES, 'synthetic-chat-window-2026.html'), 'utf8');
  await page.evaluate((path, html) => {
    history.pushState({}, '', path);
    document.body.insertAdjacentHTML('beforeend', html);
  }, THREAD_PATH, chatWindow);
  // The worker injected the call script into this tab, and it took over the composer the core had kept.
  await page.waitForFunction(() => document.querySelector('not-so-social-call')?.shadowRoot?.querySelector('button.suggest'), { timeout: 15_000 });
  await page.close();
});
