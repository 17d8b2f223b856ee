// `npm run demo`: the built extension in Chromium on saved LinkedIn pages. With a display it opens a
// window to try things by hand; without one it runs headless and saves screenshots under demo-output/.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchExtensionBrowser, type Routes } from './extension-browser';

const POST_PATH = '/feed/update/urn:li:activity:1111111111111111111/';
const ROUTES: Routes = {
  [POST_PATH]: 'linkedin-post-comment-thread-2026-09-edited-four-mentions.html',
  '/feed/': 'linkedin-feed-post-2025-08.html',
  '/messaging/thread/2-demo/': 'linkedin-messaging-thread-2026-05.html',
};
const OUTPUT = resolve(import.meta.dirname, '../demo-output');

const interactive = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
const browser = await launchExtensionBrowser({ routes: ROUTES, headless: !interactive });

const page = await browser.openLinkedIn(POST_PATH);
const label = page.locator('not-so-social-label').first();
await label.waitFor({ timeout: 20_000 });

if (interactive) {
  await browser.openExtensionPage('src/popup/index.html');
  await page.bringToFront();
  console.log('Chromium is open with Not So Social loaded on a saved LinkedIn post. Close the window to end the demo.');
  await new Promise<void>((done) => browser.context.on('close', () => done()));
} else {
  await mkdir(OUTPUT, { recursive: true });
  await label.locator('.pill').hover();
  await page.waitForTimeout(300);
  const comment = page.locator('[data-id^="urn:li:comment"]', { has: label }).first();
  const pagePng = resolve(OUTPUT, 'linkedin-comment-labelled.png');
  await comment.screenshot({ path: pagePng });
  // The popup counts what the page reported; reports are written in batches about a second apart.
  await page.waitForTimeout(2000);
  const popup = await browser.openExtensionPage('src/popup/index.html');
  await popup.setViewportSize({ width: 380, height: 560 });
  await popup.locator('main:not([aria-busy])').waitFor();
  const popupPng = resolve(OUTPUT, 'popup.png');
  await popup.screenshot({ path: popupPng });
  console.log(`Saved screenshots (no display found, so Chromium ran headless):\n  ${pagePng}\n  ${popupPng}`);
  await browser.close();
}
