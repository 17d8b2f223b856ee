import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/extension-browser';
import { countStoredEvents } from './store-probe';

const POST_PATH = '/feed/update/urn:li:activity:1111111111111111111/';
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser({
    routes: { [POST_PATH]: 'linkedin-post-comment-thread-2026-09-edited-four-mentions.html' },
  });
});
afterAll(async () => browser?.close());

/** Which comment (by element id) each label sits in. */
async function labelledComments(page: import('playwright-core').Page): Promise<string[]> {
  await page.locator('not-so-social-label').first().waitFor({ timeout: 15_000 });
  // Give the idle-time scanner a moment to finish the rest of the page.
  await page.waitForTimeout(1500);
  return page.$$eval('not-so-social-label', (labels) =>
    labels.map((label) => label.closest('[data-id^="urn:li:comment"]')?.id ?? 'outside any comment'),
  );
}

test('labels the comment that tags four people, and no other item', async () => {
  const page = await browser.openLinkedIn(POST_PATH);
  expect(await labelledComments(page)).toEqual(['ember75']);
  const label = page.locator('not-so-social-label');
  await expect.poll(() => label.getAttribute('data-pattern')).toBe('tag-hijack');
  await expect.poll(() => label.locator('.pill').getAttribute('aria-label')).toMatch(/Tags 4 people/);
  await page.close();
});

test('a reload does not count the comment twice', async () => {
  const page = await browser.openLinkedIn(POST_PATH);
  await labelledComments(page);
  await page.reload();
  await labelledComments(page);
  // Reports are batched for a second before they are written.
  await page.waitForTimeout(2000);
  await page.close();
  expect(await countStoredEvents(browser, 'comment', 'tag-hijack')).toBe(1);
});

test('the popup shows the week\'s count', async () => {
  const popup = await browser.openExtensionPage('src/popup/index.html');
  await expect.poll(() => popup.locator('[data-testid="tag-hijack-week"]').textContent()).toBe('1 tag-hijacking comment this week');
  await popup.close();
});
