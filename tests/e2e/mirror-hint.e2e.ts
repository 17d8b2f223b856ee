import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/extension-browser';

const THREAD_PATH = '/messaging/thread/2-MTc3OTQxODM4MzY0MWI0Nzk0NC0xMDAmODQ4MmZjYWUtYWU4NS00YWU3LWJlZmUtOTU0ODdkNTI2OWI2XzEwMA==/';
const POST_PATH = '/feed/update/urn:li:activity:1111111111111111111/';
const SCREENSHOTS = process.env.NSS_SCREENSHOTS;
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser({
    routes: { [THREAD_PATH]: 'linkedin-messaging-thread-2026-05.html', [POST_PATH]: 'linkedin-post-comment-thread-2026-09.html' },
  });
});
afterAll(async () => browser?.close());

test('typing an unfilled placeholder into the message composer shows a hint before anything is sent', async () => {
  const page = await browser.openLinkedIn(THREAD_PATH);
  await page.waitForTimeout(1000);
  const composer = page.locator('.msg-form [contenteditable="true"][role="textbox"]');
  await composer.click();
  await page.keyboard.type('Hi {first_name}, quick question about your team');
  const hint = page.locator('not-so-social-hint [role="status"]');
  await expect.poll(() => hint.textContent(), { timeout: 5000 }).toBe(
    'This draft still has an unfilled placeholder ({first_name}) — fill it in before sending?',
  );
  expect(await hint.getAttribute('aria-live')).toBe('polite');
  // Below the form: the editor and the send button stay where they were.
  expect(await page.locator('not-so-social-hint').evaluate((host) => host.previousElementSibling?.classList.contains('msg-form'))).toBe(true);
  if (SCREENSHOTS) await page.locator('.msg-form').locator('..').screenshot({ path: `${SCREENSHOTS}/mirror-message.png` });

  await page.keyboard.press('Control+A');
  await page.keyboard.type('Hi Ana, shall we talk this through on Friday?');
  await expect.poll(() => hint.textContent(), { timeout: 5000 }).toBe('');
  await page.close();
});

test('tagging three people in the comment box shows the tagging hint', async () => {
  const page = await browser.openLinkedIn(POST_PATH);
  await page.waitForTimeout(1000);
  const editor = page.locator('.comments-comment-box__form [contenteditable="true"][role="textbox"]').first();
  // LinkedIn's own editor turns a picked @-mention into a mention blot; the saved page has no editor script, so the blots are placed as it would.
  await editor.evaluate((element) => {
    element.innerHTML = ['1', '2', '3']
      .map((n) => `<a class="ql-mention" data-entity-urn="urn:li:fsd_profile:P${n}" href="#">Person ${n}</a>`)
      .join(' ');
    element.dispatchEvent(new InputEvent('input', { bubbles: true }));
  });
  const hint = page.locator('not-so-social-hint [role="status"]');
  await expect.poll(() => hint.textContent(), { timeout: 5000 }).toBe(
    "Tagging 3 people pushes this into their feeds — message the one who'd care?",
  );
  await page.close();
});
