import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { allStoredEvents } from './store-probe';
import { BACKGROUND_IDLE_MS, DIST_FIREFOX, launchFirefoxWithExtension, type FirefoxExtension } from './firefox-browser';

const POST_PATH = '/feed/update/urn:li:activity:1111111111111111111/';
const THREAD_PATH = `/messaging/thread/2-${btoa('8482fcae-ae85-4ae7-befe-95487d5269b6_100')}/`;
let firefox: FirefoxExtension;

beforeAll(async () => {
  if (!existsSync(join(DIST_FIREFOX, 'manifest.json'))) throw new Error(`No Firefox build at ${DIST_FIREFOX}: run \`npm run build\` first.`);
  firefox = await launchFirefoxWithExtension({
    [POST_PATH]: 'linkedin-post-comment-thread-2026-09-edited-four-mentions.html',
    [THREAD_PATH]: 'linkedin-messaging-thread-2026-05.html',
  });
  // Room for installing firefox-esr on a fresh machine.
}, 300_000);
afterAll(async () => firefox?.close());

/** Waits for the first label, then gives the idle-time scanner a moment to finish the rest of the page. */
async function waitForLabels(page: Page): Promise<void> {
  await page.waitForSelector('not-so-social-label', { timeout: 15_000 }).catch((error: unknown) => {
    throw new Error(`No label appeared. Script errors on the page: ${JSON.stringify(firefox.errors)}`, { cause: error });
  });
  await new Promise((done) => setTimeout(done, 1500));
}

/** Which comment (by element id) each label sits in. */
async function labelledComments(page: Page): Promise<string[]> {
  await waitForLabels(page);
  return page.$$eval('not-so-social-label', (labels) =>
    labels.map((label) => label.closest('[data-id^="urn:li:comment"]')?.id ?? 'outside any comment'),
  );
}

/** Reads the events store from an extension page: only after the background has created the database. */
async function storedTagHijackComments(): Promise<number> {
  const page = await firefox.openExtensionPage('src/popup/index.html');
  try {
    const events = await page.evaluate(allStoredEvents);
    return events.filter((e) => e.kind === 'comment' && e.verdicts.some((v) => v.pattern === 'tag-hijack')).length;
  } finally {
    await page.close();
  }
}

test('in Firefox, the comment that tags four people is labelled, and no other item', async () => {
  const page = await firefox.openLinkedIn(POST_PATH);
  expect(await labelledComments(page)).toEqual(['ember75']);
  expect(await page.$eval('not-so-social-label', (label) => label.getAttribute('data-pattern'))).toBe('tag-hijack');
  const pill = await page.$eval('not-so-social-label', (label) => label.shadowRoot?.querySelector('.pill')?.getAttribute('aria-label') ?? '');
  expect(pill).toMatch(/Tags 4 people/);
  // The constructed stylesheets a content script adopts into a shadow root apply in Firefox too.
  expect(await page.$eval('not-so-social-label', (label) => getComputedStyle(label.shadowRoot!.querySelector('.pill')!).display)).toBe('inline-flex');
  await page.close();
});

test('in Firefox, the count reaches the store once, even after a reload', async () => {
  const page = await firefox.openLinkedIn(POST_PATH);
  await labelledComments(page);
  await page.reload({ waitUntil: 'domcontentloaded' });
  await labelledComments(page);
  // Leaves the worker time to write the reloaded page's batch, which it does before it answers.
  await new Promise((done) => setTimeout(done, 2000));
  await page.close();
  expect(await storedTagHijackComments()).toBe(1);
});

test('in Firefox, a visit after the idle background was suspended is labelled and still counted once', async () => {
  await new Promise((done) => setTimeout(done, BACKGROUND_IDLE_MS * 2));
  const page = await firefox.openLinkedIn(POST_PATH);
  expect(await labelledComments(page)).toEqual(['ember75']);
  await new Promise((done) => setTimeout(done, 2000));
  await page.close();
  expect(await storedTagHijackComments()).toBe(1);
});

test('in Firefox, the popup shows the week\'s count', async () => {
  const popup = await firefox.openExtensionPage('src/popup/index.html');
  await popup.waitForFunction(
    () => document.querySelector('[data-testid="tag-hijack-week"]')?.textContent === '1 tag-hijacking comment this week',
    { timeout: 10_000 },
  );
  await popup.close();
});

test('in Firefox, the inbound stock opener of a message thread is labelled, the user\'s own replies are not', async () => {
  const page = await firefox.openLinkedIn(THREAD_PATH);
  await waitForLabels(page);
  const perMessage = await page.$$eval('[data-event-urn^="urn:li:msg_message:"]', (messages) =>
    messages.map((message) => message.querySelector('not-so-social-label')?.getAttribute('data-pattern') ?? null),
  );
  expect(perMessage).toEqual(['templated', null, null]);
  await page.close();
});

test('in Firefox, "Suggest a call" puts a draft for Casey in the composer and sends nothing', async () => {
  const page = await firefox.openLinkedIn(THREAD_PATH);
  const button = await page.waitForSelector('not-so-social-call >>> button.suggest', { timeout: 15_000 });
  await page.evaluate(() => {
    document.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      document.body.dataset.submitted = 'yes';
    });
  });
  await button?.click();
  await page.waitForFunction(
    () => [...document.querySelectorAll('.msg-form [contenteditable="true"] p')].some((line) => line.textContent?.startsWith('Hi Casey, shall we pick this up on a quick call instead?')),
    { timeout: 10_000 },
  );
  expect(await page.evaluate(() => document.body.dataset.submitted)).toBeUndefined();
  await page.close();
});
