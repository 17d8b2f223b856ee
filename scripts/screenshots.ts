// `npm run screenshots`: the popup as the README shows it, in light and dark, empty (first run) and with
// a year of generated activity, saved to docs/screenshots/popup-{light,dark}-{empty,data}.png.
// The data is written through the store's own API by the benchmark's generator, into the extension's
// IndexedDB, so the rollups and the summary are the real ones.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { launchExtensionBrowser } from './extension-browser';

const POPUP = 'src/popup/index.html';
const OUT_DIR = resolve(import.meta.dirname, '../docs/screenshots');
const FILL_GLOBAL = '__notSoSocialFillYear';
/** A toolbar popup is as wide as its content; the viewport only needs to be wider than the popup's body. */
const VIEWPORT = { width: 420, height: 900 };

/**
 * The generator and the store bundled as one script for the popup page (extension pages forbid eval'd
 * code, DevTools evaluation is exempt). Wrapped in an async function for the generator's top-level await.
 */
async function bundleFiller(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'not-so-social-shots-'));
  try {
    const entry = join(dir, 'entry.ts');
    await writeFile(
      entry,
      [
        `import { fillYearOfData } from ${JSON.stringify(resolve(import.meta.dirname, 'bench-popup-data.ts'))};`,
        `import { openStore } from ${JSON.stringify(resolve(import.meta.dirname, '../src/store/index.ts'))};`,
        `(globalThis as Record<string, unknown>)[${JSON.stringify(FILL_GLOBAL)}] = async (now: number, timeZone: string) => {`,
        '  const store = await openStore();',
        '  try { await fillYearOfData(store, { now, timeZone }); } finally { store.close(); }',
        '};',
      ].join('\n'),
    );
    await build({
      configFile: false,
      publicDir: false,
      logLevel: 'warn',
      define: { 'import.meta.url': JSON.stringify('screenshots:bundle') },
      build: {
        outDir: join(dir, 'out'),
        minify: false,
        target: 'es2022',
        rolldownOptions: { output: { codeSplitting: false } },
        lib: { entry, formats: ['es'], fileName: () => 'fill.js' },
      },
    });
    return `(async () => {\n${await readFile(join(dir, 'out', 'fill.js'), 'utf8')}\n})()`;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForSelector('main:not([aria-busy])', { timeout: 15_000 });
  const path = join(OUT_DIR, `${name}.png`);
  await page.locator('body').screenshot({ path });
  console.log(`wrote ${path}`);
}

async function main(): Promise<void> {
  await mkdir(OUT_DIR, { recursive: true });
  const filler = await bundleFiller();
  for (const colorScheme of ['light', 'dark'] as const) {
    const browser = await launchExtensionBrowser({ routes: {}, colorScheme, viewport: VIEWPORT });
    try {
      const empty = await browser.openExtensionPage(POPUP);
      await shoot(empty, `popup-${colorScheme}-empty`);
      await empty.evaluate(filler);
      await empty.evaluate(
        ([name, now]) => {
          const fill = (globalThis as unknown as Record<string, (now: number, timeZone: string) => Promise<void>>)[name];
          if (!fill) throw new Error('the fill bundle did not load');
          return fill(now, Intl.DateTimeFormat().resolvedOptions().timeZone);
        },
        [FILL_GLOBAL, Date.now()] as const,
      );
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
