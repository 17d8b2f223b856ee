// Renders public/icons/icon.svg to the PNG sizes the manifest names, with the same Chromium the tests use.
// Run by hand after changing the SVG: npx tsx scripts/render-icons.ts
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { findChromium } from './find-chromium';

const svg = await readFile(new URL('../public/icons/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: await findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}`);
  await page.screenshot({ path: `public/icons/icon-${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
