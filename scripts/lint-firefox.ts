// `npm run lint:ext`: web-ext lint (AMO's own linter) over dist/firefox. Any error fails, and so does
// any warning or notice, unless it is a known one that comes from a bundled library and not from
// our code — each of those is named here with the reason it is harmless, and printed on every run.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { listFiles } from './reproducible-zip';

export interface LintMessage {
  _type: 'error' | 'warning' | 'notice';
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

export interface KnownLibraryWarning {
  code: string;
  library: string;
  why: string;
  /** Recognises the library's code around the flagged column. */
  signature: RegExp;
}

export const KNOWN_LIBRARY_WARNINGS: KnownLibraryWarning[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    library: 'preact',
    why: "preact's renderer assigns innerHTML only for the dangerouslySetInnerHTML prop, which none of our components use (src/ never mentions it)",
    signature: /dangerouslySetInnerHTML[\s\S]{0,400}\.innerHTML\s*=\s*\w+\.__html/,
  },
];

export interface Verdict {
  failures: LintMessage[];
  explained: Array<{ message: LintMessage; known: KnownLibraryWarning }>;
}

/** The source text around a message's position, wide enough to recognise a library by. */
export function contextOf(source: string, message: LintMessage): string {
  const lines = source.split('\n');
  const line = lines[(message.line ?? 1) - 1] ?? '';
  const column = message.column ?? 0;
  return line.slice(Math.max(0, column - 600), column + 200);
}

export function judge(report: LintReport, sources: ReadonlyMap<string, string>, sourceMentionsDangerousHtml: boolean): Verdict {
  const verdict: Verdict = { failures: [...report.errors], explained: [] };
  for (const message of [...report.warnings, ...report.notices]) {
    const source = message.file ? sources.get(message.file) : undefined;
    const known = KNOWN_LIBRARY_WARNINGS.find(
      (k) => k.code === message.code && source !== undefined && k.signature.test(contextOf(source, message)),
    );
    // The preact excuse holds only while our own code never asks preact for raw HTML.
    if (known && !(known.library === 'preact' && sourceMentionsDangerousHtml)) verdict.explained.push({ message, known });
    else verdict.failures.push(message);
  }
  return verdict;
}

async function runWebExtLint(dir: string): Promise<LintReport> {
  const webExt = resolve(import.meta.dirname, '../node_modules/web-ext/bin/web-ext.js');
  const args = [webExt, 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'];
  // web-ext exits non-zero when it finds errors; the JSON report is on stdout either way.
  // NO_UPDATE_NOTIFIER: web-ext would otherwise spawn a background check against the npm registry.
  const env = { ...process.env, NO_UPDATE_NOTIFIER: '1' };
  const { stdout } = await promisify(execFile)(process.execPath, args, { env, maxBuffer: 16 * 1024 * 1024 }).catch(
    (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
  );
  const start = stdout.indexOf('{');
  if (start < 0) throw new Error(`web-ext lint printed no report:\n${stdout}`);
  return JSON.parse(stdout.slice(start)) as LintReport;
}

async function mentionsDangerousHtml(srcDir: string): Promise<boolean> {
  for (const path of await listFiles(srcDir)) {
    if ((await readFile(join(srcDir, path), 'utf8')).includes('dangerouslySetInnerHTML')) return true;
  }
  return false;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = resolve(import.meta.dirname, '..');
  const dir = process.argv[2] ?? join(root, 'dist/firefox');
  const report = await runWebExtLint(dir);
  const files = [...report.warnings, ...report.notices].flatMap((m) => (m.file ? [m.file] : []));
  const sources = new Map(await Promise.all([...new Set(files)].map(async (f) => [f, await readFile(join(dir, f), 'utf8')] as const)));
  const { failures, explained } = judge(report, sources, await mentionsDangerousHtml(join(root, 'src')));
  for (const { message, known } of explained) console.log(`  known ${message.code} in ${message.file} (bundled ${known.library}): ${known.why}`);
  for (const m of failures) console.log(`✗ ${m._type} ${m.code} ${m.file ?? ''}:${m.line ?? ''}:${m.column ?? ''} ${m.message}`);
  console.log(failures.length === 0 ? `✓ web-ext lint ${dir}: no errors, no warnings from our code` : `✗ web-ext lint ${dir}: ${failures.length} problem(s)`);
  process.exitCode = failures.length === 0 ? 0 : 1;
}
