// Store packages must be reproducible (AMO reviewers rebuild from the source zip and compare): the
// same files give the same bytes, whatever the files' mtimes, the order the disk lists them in, the
// umask, or the operating system that zips them.
import { readdir, readFile } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import JSZip from 'jszip';

/** 2026-01-01T00:00:00Z unless SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention) says otherwise. */
export function packageDate(env: NodeJS.ProcessEnv = process.env): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return new Date(Date.UTC(2026, 0, 1));
  const seconds = Number(epoch);
  // Zip timestamps cannot go before 1980.
  if (!Number.isInteger(seconds) || seconds < 315_532_800) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1980, got ${epoch}`);
  return new Date(seconds * 1000);
}

/** Every file under `root` (skipping dot-files and node_modules), as sorted forward-slash paths. */
export async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join(posix.sep))
    .filter((path) => !path.split('/').some((part) => part.startsWith('.') || part === 'node_modules'))
    .sort();
}

/**
 * Zips `paths` (relative to `root`) in sorted order, with one fixed date and fixed Unix modes, and
 * without directory entries (whose dates JSZip would take from the clock).
 */
export async function reproducibleZip(root: string, paths: readonly string[], date: Date): Promise<Buffer> {
  const zip = new JSZip();
  for (const path of [...paths].sort()) {
    zip.file(path, await readFile(join(root, path)), { date, createFolders: false, unixPermissions: 0o100644 });
  }
  return zip.generateAsync({ type: 'nodebuffer', platform: 'UNIX', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
