// AMO reviewers unpack the source zip, run the build, and compare with the add-on we uploaded. This
// does the same before we upload: a source zip that misses a file the build reads fails here, not in review.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { listFiles } from './reproducible-zip';

/** Paths that differ between two build folders: missing on either side, or with different bytes. */
export async function compareTrees(expected: string, actual: string): Promise<string[]> {
  const [want, got] = [await listFiles(expected), await listFiles(actual)];
  const differences = [...want.filter((p) => !got.includes(p)).map((p) => `missing ${p}`), ...got.filter((p) => !want.includes(p)).map((p) => `extra ${p}`)];
  for (const path of want.filter((p) => got.includes(p))) {
    const [a, b] = [await readFile(join(expected, path)), await readFile(join(actual, path))];
    if (!a.equals(b)) differences.push(`differs ${path}`);
  }
  return differences;
}

/**
 * Unpacks `sourceZip`, builds it with this project's installed node_modules (the reviewer's
 * `npm ci` from the same lock file), and compares with `projectDir/dist`. Returns the differences.
 */
export async function verifySourceZip(sourceZip: string, projectDir: string): Promise<string[]> {
  const work = await mkdtemp(join(tmpdir(), 'nss-source-'));
  try {
    const zip = await JSZip.loadAsync(await readFile(sourceZip));
    for (const entry of Object.values(zip.files).filter((e) => !e.dir)) {
      await mkdir(dirname(join(work, entry.name)), { recursive: true });
      await writeFile(join(work, entry.name), await entry.async('nodebuffer'));
    }
    await symlink(join(projectDir, 'node_modules'), join(work, 'node_modules'), 'junction');
    // The reviewer's command, from the zip's own package.json.
    await promisify(execFile)('npm', ['run', 'build', '--silent'], { cwd: work, shell: process.platform === 'win32' });
    return [
      ...(await compareTrees(join(projectDir, 'dist/chrome'), join(work, 'dist/chrome'))).map((d) => `chrome: ${d}`),
      ...(await compareTrees(join(projectDir, 'dist/firefox'), join(work, 'dist/firefox'))).map((d) => `firefox: ${d}`),
    ];
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
