// `npm run package`: the store uploads. One zip per browser from dist/, and the source zip AMO asks
// for, all named with the manifest's version and all reproducible (see reproducible-zip.ts).
import { access, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { listFiles, packageDate, reproducibleZip } from './reproducible-zip';
import { verifySourceZip } from './verify-source-zip';

const PROJECT = resolve(import.meta.dirname, '..');
const NAME = 'not-so-social';

/** What a reviewer needs to rebuild dist/ with `npm ci && npm run build`, and nothing else. */
export const SOURCE_ENTRIES = [
  'src',
  'public',
  'scripts',
  'docs',
  'manifest.json',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'vite.config.ts',
  'README.md',
  'LICENSE',
];

export interface PackageOptions {
  projectDir?: string;
  outDir?: string;
  date?: Date;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

async function readVersion(manifestPath: string): Promise<string> {
  const { version } = JSON.parse(await readFile(manifestPath, 'utf8')) as { version?: unknown };
  if (typeof version !== 'string' || !/^\d+(\.\d+){0,3}$/.test(version)) throw new Error(`${manifestPath} has no valid version`);
  return version;
}

async function sourceFiles(projectDir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of SOURCE_ENTRIES) {
    const path = join(projectDir, entry);
    if (!(await exists(path))) continue;
    if ((await stat(path)).isDirectory()) files.push(...(await listFiles(path)).map((file) => `${entry}/${file}`));
    else files.push(entry);
  }
  return files;
}

/** Writes the three zips and returns their paths. Refuses a build whose version is not the manifest's. */
export async function writePackages(options: PackageOptions = {}): Promise<string[]> {
  const projectDir = options.projectDir ?? PROJECT;
  const outDir = options.outDir ?? join(projectDir, 'packages');
  const date = options.date ?? packageDate();
  const version = await readVersion(join(projectDir, 'manifest.json'));
  await mkdir(outDir, { recursive: true });

  const written: string[] = [];
  for (const browser of ['chrome', 'firefox']) {
    const dist = join(projectDir, 'dist', browser);
    if (!(await exists(join(dist, 'manifest.json')))) throw new Error(`${dist} is missing: run \`npm run build\` first`);
    const built = await readVersion(join(dist, 'manifest.json'));
    if (built !== version) throw new Error(`${dist} is version ${built} but manifest.json says ${version}: rebuild`);
    const zipPath = join(outDir, `${NAME}-${browser}-${version}.zip`);
    await writeFile(zipPath, await reproducibleZip(dist, await listFiles(dist), date));
    written.push(zipPath);
  }
  const sourcePath = join(outDir, `${NAME}-source-${version}.zip`);
  await writeFile(sourcePath, await reproducibleZip(projectDir, await sourceFiles(projectDir), date));
  written.push(sourcePath);
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const written = await writePackages();
  for (const path of written) console.log(path);
  const differences = await verifySourceZip(written[2] ?? '', PROJECT);
  for (const difference of differences) console.log(`✗ rebuilt from the source zip, ${difference}`);
  console.log(differences.length === 0 ? '✓ the source zip rebuilds dist/chrome and dist/firefox byte for byte' : '✗ the source zip does not rebuild dist/');
  process.exitCode = differences.length === 0 ? 0 : 1;
}
