// `npm run screenshots`: the popup as the README shows it, in light and dark, empty (first run) and with
// a year of generated activity, saved to docs/screenshots/popup-{light,dark}-{empty,data}.png.
// The data is written through the store's own API by the benchmark's generator, into the extension's
// IndexedDB, so the rollups and the summary are the real ones.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser } from './extension-browser';
import { fillYearInPage } from './fill-year-in-page';

const POPUP = 'src/popup/index.html';
const OUT_DIR = resolve(import.meta.dirname, '../docs/screenshots');
/** A toolbar popup is as wide as its content; the viewport only needs to be wider than the popup's body. */
const VIEWPORT = { width: 420, height: 900 };

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForSelector('main:not([aria-busy])', { timeout: 15_000 });
  const path = join(OUT_DIR, `${name}.png`);
  await page.locator('body').screenshot({ path });
  console.log(`wrote ${path}`);
}

async function main(): Promise<void> {
  await mkdir(OUT_DIR, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    const browser = await launchExtensionBrowser({ routes: {}, colorScheme, viewport: VIEWPORT });
    try {
      const empty = await browser.openExtensionPage(POPUP);
      await shoot(empty, `popup-${colorScheme}-empty`);
      await fillYearInPage(empty);
      await empty.close();
      const data = await browser.openExtensionPage(POPUP);
      await data.locator('main[data-state="summary"]').waitFor({ timeout: 15_000 });
      await shoot(data, `popup-${colorScheme}-data`);
    } finally {
      await browser.close();
    }
  }
}

await main();
