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

// Saved pages come without LinkedIn's stylesheets; a plain reading style keeps the screenshots legible.
// It touches only the page, never the extension's own shadow-DOM UI.
const READING_STYLE = `
  body { font: 14px/1.5 system-ui, "Noto Sans", sans-serif; color: #1d2226; background: #f4f2ee; margin: 0; }
  main, .scaffold-layout__main, body > .application-outlet { max-width: 640px; margin: 16px auto; }
  img, svg, video { display: none !important; }
  a { color: #0a66c2; text-decoration: none; }
  button { font: inherit; }
  [data-id^="urn:li:comment"] { background: #fff; border-radius: 8px; padding: 8px 12px; margin: 8px 0; }
`;

const interactive = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
const browser = await launchExtensionBrowser({ routes: ROUTES, headless: !interactive });

const page = await browser.openLinkedIn(POST_PATH);
if (!interactive) await page.addStyleTag({ content: READING_STYLE });
const label = page.locator('not-so-social-label').first();
await label.waitFor({ timeout: 20_000 });

if (interactive) {
  await browser.openExtensionPage('src/popup/index.html');
  await page.bringToFront();
  console.log('Chromium is open with Not So Social loaded on a saved LinkedIn post. Close the window to end the demo.');
  await new Promise<void>((done) => browser.context.on('close', () => done()));
} else {
  await mkdir(OUTPUT, { recursive: true });
  const comment = page.locator('[data-id^="urn:li:comment"]', { has: label }).first();
  await comment.scrollIntoViewIfNeeded();
  // Keyboard focus opens the label's details, as hovering does.
  await label.locator('.pill').focus();
  await page.waitForTimeout(300);
  const box = await comment.boundingBox();
  const pagePng = resolve(OUTPUT, 'linkedin-comment-labelled.png');
  await page.screenshot({
    path: pagePng,
    clip: box ? { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: Math.min(box.height, 420) + 16 } : undefined,
  });
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
