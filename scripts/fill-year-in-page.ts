// Fills the extension's own IndexedDB with a year of generated activity, from inside one of its pages,
// through the store's real API (so the rollups and the summary are the real ones). Used by the popup
// benchmark and the README screenshots.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import type { FillResult } from './bench-popup-data';

const FILL_GLOBAL = '__notSoSocialFillYear';

/**
 * The generator and the store, bundled for the page: extension pages forbid inline and eval'd scripts,
 * but code evaluated through the DevTools protocol is not subject to their CSP. The bundle is wrapped
 * in an async function because the generator's module ends with a top-level await (its own CLI entry).
 */
async function bundleFiller(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'not-so-social-fill-'));
  try {
    const entry = join(dir, 'entry.ts');
    await writeFile(
      entry,
      [
        `import { fillYearOfData } from ${JSON.stringify(resolve(import.meta.dirname, 'bench-popup-data.ts'))};`,
        `import { openStore } from ${JSON.stringify(resolve(import.meta.dirname, '../src/store/index.ts'))};`,
        `(globalThis as Record<string, unknown>)[${JSON.stringify(FILL_GLOBAL)}] = async (now: number, timeZone: string) => {`,
        '  const store = await openStore();',
        '  try { return await fillYearOfData(store, { now, timeZone }); } finally { store.close(); }',
        '};',
      ].join('\n'),
    );
    await build({
      configFile: false,
      publicDir: false,
      logLevel: 'warn',
      // The generator checks whether it runs as a CLI through import.meta, which a classic script lacks.
      define: { 'import.meta.url': JSON.stringify('fill:bundle') },
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

let bundle: Promise<string> | undefined;

/**
 * Writes 52 weeks of activity into the store, from `page` (an extension page opened after the worker
 * created the database: opening it first would create an empty one the upgrade never fills).
 */
export async function fillYearInPage(page: Page): Promise<FillResult> {
  bundle ??= bundleFiller();
  await page.evaluate(await bundle);
  return page.evaluate(
    ([name, now]) => {
      const fill = (globalThis as unknown as Record<string, (now: number, timeZone: string) => Promise<FillResult>>)[name];
      if (!fill) throw new Error('the fill bundle did not load');
      return fill(now, Intl.DateTimeFormat().resolvedOptions().timeZone);
    },
    [FILL_GLOBAL, Date.now()] as const,
  );
}
