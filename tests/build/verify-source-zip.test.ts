import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { compareTrees } from '../../scripts/verify-source-zip';

let root = '';
afterEach(async () => rm(root, { recursive: true, force: true }));

async function tree(name: string, files: Record<string, string>): Promise<string> {
  const dir = join(root, name);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

test('compareTrees finds nothing between identical builds, and names each missing, extra or changed file', async () => {
  root = await mkdtemp(join(tmpdir(), 'nss-compare-'));
  const expected = await tree('a', { 'manifest.json': '{}', 'assets/x.js': 'x', 'icons/i.png': 'i' });
  expect(await compareTrees(expected, await tree('b', { 'manifest.json': '{}', 'assets/x.js': 'x', 'icons/i.png': 'i' }))).toEqual([]);
  const actual = await tree('c', { 'manifest.json': '{}', 'assets/x.js': 'y', 'assets/z.js': 'z' });
  expect(await compareTrees(expected, actual)).toEqual(['missing icons/i.png', 'extra assets/z.js', 'differs assets/x.js']);
});
