import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, describe, expect, test } from 'vitest';
import { writePackages } from '../../scripts/package';
import { listFiles, packageDate, reproducibleZip } from '../../scripts/reproducible-zip';

const temps: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'nss-package-'));
  temps.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Writes files in the given order, each with its own mtime, so two trees differ in everything but content. */
async function writeTree(root: string, files: Record<string, string>, order: string[], mtime: Date): Promise<void> {
  for (const path of order) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), files[path] ?? '');
    await utimes(join(root, path), mtime, mtime);
  }
}

const FILES = {
  'manifest.json': '{"version":"1.2.3"}',
  'src/content/index.js': 'console.log(1)',
  'assets/b.js': 'b',
  'assets/a.js': 'a',
  'icons/icon.png': '\u0089PNG',
};
const DATE = new Date(Date.UTC(2026, 0, 1));

describe('reproducibleZip', () => {
  test('gives the same bytes for the same files, whatever their mtimes and creation order', async () => {
    const [one, two] = [await tempDir(), await tempDir()];
    const paths = Object.keys(FILES);
    await writeTree(one, FILES, paths, new Date('2020-05-05T10:00:00Z'));
    await writeTree(two, FILES, [...paths].reverse(), new Date('2024-11-11T23:59:59Z'));
    const [zipOne, zipTwo] = [await reproducibleZip(one, await listFiles(one), DATE), await reproducibleZip(two, await listFiles(two), DATE)];
    expect(zipOne.equals(zipTwo)).toBe(true);
  });

  test('gives different bytes when a file changes', async () => {
    const dir = await tempDir();
    await writeTree(dir, FILES, Object.keys(FILES), DATE);
    const before = await reproducibleZip(dir, await listFiles(dir), DATE);
    await writeFile(join(dir, 'assets/a.js'), 'changed');
    expect(before.equals(await reproducibleZip(dir, await listFiles(dir), DATE))).toBe(false);
  });

  test('stores entries sorted, with the fixed date and no directory entries', async () => {
    const dir = await tempDir();
    await writeTree(dir, FILES, Object.keys(FILES), new Date('2021-03-03T03:03:03Z'));
    const zip = await JSZip.loadAsync(await reproducibleZip(dir, await listFiles(dir), DATE));
    const entries = Object.values(zip.files);
    expect(entries.map((e) => e.name)).toEqual(['assets/a.js', 'assets/b.js', 'icons/icon.png', 'manifest.json', 'src/content/index.js']);
    expect(entries.every((e) => !e.dir && e.date.getTime() === DATE.getTime())).toBe(true);
    expect(await zip.file('src/content/index.js')?.async('string')).toBe('console.log(1)');
  });
});

describe('listFiles', () => {
  test('skips dot-files and node_modules', async () => {
    const dir = await tempDir();
    await writeTree(dir, { 'a.txt': '', '.env': '', 'node_modules/x/i.js': '', 'sub/.DS_Store': '', 'sub/b.txt': '' }, ['a.txt', '.env', 'node_modules/x/i.js', 'sub/.DS_Store', 'sub/b.txt'], DATE);
    expect(await listFiles(dir)).toEqual(['a.txt', 'sub/b.txt']);
  });
});

describe('packageDate', () => {
  test('defaults to a fixed date and honours SOURCE_DATE_EPOCH', () => {
    expect(packageDate({})).toEqual(DATE);
    expect(packageDate({ SOURCE_DATE_EPOCH: '1700000000' })).toEqual(new Date(1_700_000_000_000));
    expect(() => packageDate({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/SOURCE_DATE_EPOCH/);
  });
});

describe('writePackages', () => {
  async function fakeProject(builtVersion = '1.2.3'): Promise<string> {
    const project = await tempDir();
    const built = { ...FILES, 'manifest.json': JSON.stringify({ version: builtVersion }) };
    await writeTree(project, { 'manifest.json': '{"version":"1.2.3"}', 'src/a.ts': 'export {}', 'package.json': '{}', 'tests/x.test.ts': '' }, ['manifest.json', 'src/a.ts', 'package.json', 'tests/x.test.ts'], DATE);
    await writeTree(join(project, 'dist/chrome'), built, Object.keys(built), DATE);
    await writeTree(join(project, 'dist/firefox'), built, Object.keys(built), DATE);
    return project;
  }

  test('two runs write byte-identical chrome, firefox and source zips named with the version', async () => {
    const project = await fakeProject();
    const first = await writePackages({ projectDir: project, outDir: join(project, 'out1') });
    await utimes(join(project, 'src/a.ts'), new Date(), new Date());
    const second = await writePackages({ projectDir: project, outDir: join(project, 'out2') });
    expect(first.map((p) => basename(p))).toEqual(['not-so-social-chrome-1.2.3.zip', 'not-so-social-firefox-1.2.3.zip', 'not-so-social-source-1.2.3.zip']);
    for (const [index, path] of first.entries()) {
      expect((await readFile(path)).equals(await readFile(second[index] ?? ''))).toBe(true);
    }
  });

  test('the source zip holds what a rebuild needs and not the tests or the build output', async () => {
    const project = await fakeProject();
    const [, , source] = await writePackages({ projectDir: project, outDir: join(project, 'out') });
    const names = Object.keys((await JSZip.loadAsync(await readFile(source ?? ''))).files);
    expect(names).toEqual(['manifest.json', 'package.json', 'src/a.ts']);
  });

  test('refuses a stale build whose version is not the manifest\'s', async () => {
    const project = await fakeProject('1.2.2');
    await expect(writePackages({ projectDir: project, outDir: join(project, 'out') })).rejects.toThrow(/rebuild/);
  });
});
