import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/extension-browser';

const THREAD_PATH = '/messaging/thread/2-MTc3OTQxODM4MzY0MWI0Nzk0NC0xMDAmODQ4MmZjYWUtYWU4NS00YWU3LWJlZmUtOTU0ODdkNTI2OWI2XzEwMA==/';
const PROFILE_PATH = '/in/someone/';
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser({
    routes: { [THREAD_PATH]: 'linkedin-messaging-thread-2026-05.html', [PROFILE_PATH]: 'synthetic-chat-window-2026.html' },
  });
});
afterAll(async () => browser?.close());

/** For each message of the page in order: its label's pattern, or null. */
async function labelsPerMessage(page: Page): Promise<Array<string | null>> {
  await page.locator('not-so-social-label').first().waitFor({ timeout: 15_000 });
  await page.waitForTimeout(1000);
  return page.$$eval('[data-event-urn^="urn:li:msg_message:"]', (messages) =>
    messages.map((message) => message.querySelector('not-so-social-label')?.getAttribute('data-pattern') ?? null),
  );
}

test('full-page thread: the inbound stock opener is labelled, the user\'s own replies are not', async () => {
  const page = await browser.openLinkedIn(THREAD_PATH);
  expect(await labelsPerMessage(page)).toEqual(['templated', null, null]);
  const inbound = page.locator('.msg-s-event-listitem--other');
  expect(await inbound.locator('not-so-social-label').count()).toBe(1);
  await page.close();
});

test('docked chat window: the placeholder message and the follow-up are labelled, the personal reply is not', async () => {
  const page = await browser.openLinkedIn(PROFILE_PATH);
  expect(await labelsPerMessage(page)).toEqual(['templated', 'templated', null]);
  await expect.poll(() => page.locator('not-so-social-label').first().locator('.pill').getAttribute('aria-label')).toMatch(/placeholder/i);
  await page.close();
});
