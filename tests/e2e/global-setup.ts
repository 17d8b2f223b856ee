import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_CHROME } from '../../scripts/extension-browser';
import { findChromium } from '../../scripts/find-chromium';

export default async function setup(): Promise<void> {
  if (!existsSync(join(DIST_CHROME, 'manifest.json'))) {
    throw new Error(`No built extension at ${DIST_CHROME}: run \`npm run build\` first (npm test does).`);
  }
  await findChromium();
}
