// `npm run scan -- PATH [--eval] [--sensitivity balanced]`: verdicts for a corpus or a saved page.
import { readFileSync } from 'node:fs';
import type { Sensitivity } from '../detect/types';
import { evaluate } from './evaluate';
import { outputLine, type ScannedItem } from './scanned-item';
import { scanJsonl } from './scan-jsonl';

const SENSITIVITIES: readonly Sensitivity[] = ['relaxed', 'balanced', 'strict'];
const USAGE = 'usage: npm run scan -- PATH(.jsonl|.html) [--eval] [--sensitivity relaxed|balanced|strict]';

interface Args {
  path: string;
  evalMode: boolean;
  sensitivity: Sensitivity;
}

function parseArgs(argv: readonly string[]): Args | string {
  let path: string | undefined;
  let evalMode = false;
  let sensitivity: Sensitivity = 'balanced';
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--eval') evalMode = true;
    else if (arg === '--sensitivity' || arg.startsWith('--sensitivity=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!SENSITIVITIES.includes(value as Sensitivity)) return `--sensitivity must be one of ${SENSITIVITIES.join(', ')}`;
      sensitivity = value as Sensitivity;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else if (path === undefined) path = arg;
    else return `only one PATH, got ${path} and ${arg}`;
  }
  if (path === undefined) return 'missing PATH';
  if (!path.endsWith('.jsonl') && !path.endsWith('.html')) return `PATH must end in .jsonl or .html: ${path}`;
  return { path, evalMode, sensitivity };
}

async function scanFile(path: string, content: string, sensitivity: Sensitivity): Promise<ScannedItem[]> {
  if (path.endsWith('.jsonl')) {
    return scanJsonl(content, sensitivity, ({ line, message }) => process.stderr.write(`${path}:${line}: ${message}; line skipped\n`));
  }
  // Loaded only for pages, so a corpus scan does not pay for the DOM.
  const { scanHtml } = await import('./scan-html');
  return scanHtml(content, sensitivity);
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n${USAGE}\n`);
    return 2;
  }
  let content: string;
  try {
    content = readFileSync(args.path, 'utf8');
  } catch (error) {
    process.stderr.write(`cannot read ${args.path}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  let scanned: ScannedItem[];
  try {
    scanned = await scanFile(args.path, content, args.sensitivity);
  } catch (error) {
    process.stderr.write(`${args.path}: cannot scan: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  if (args.evalMode) {
    const judged = scanned.flatMap(({ label, verdicts }) => (label === undefined ? [] : [{ label, verdicts }]));
    for (const score of evaluate(judged)) process.stdout.write(`${JSON.stringify(score)}\n`);
  } else {
    for (const entry of scanned) process.stdout.write(`${outputLine(entry)}\n`);
  }
  return 0;
}

process.exitCode = await main();
