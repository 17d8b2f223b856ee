// `npx tsx src/cli/build-corpus.ts`: writes data/corpus/split/{dev,heldout,fresh<N>}-*.jsonl (posts,
// comments, genuine messages, templates raw and filled) from the
// shared corpus (../shared/corpus) and the gathered files in data/corpus, adding placeholder-filled
// variants of every template. The shared corpus is split by hash; where a gathered file goes is
// decided by its name (src/cli/corpus-split.ts). The split folder is emptied first so a split that no
// longer exists leaves no stale file behind.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isHeldOut, splitOfGatheredLine, type Split } from './corpus-split';
import { fillPlaceholders } from './fill-placeholders';

interface Line {
  kind: string;
  text: string;
  label?: string;
  source: string;
  lang?: string;
  variantOf?: number;
}

const SHARED = process.env.SHARED_CORPUS ?? resolve(import.meta.dirname, '../../../shared/corpus');
const GATHERED = 'data/corpus';
const OUT = join(GATHERED, 'split');
const FILLED_VARIANTS = 2;

function readJsonl(path: string): Line[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Line);
}

function group(line: Line): string {
  if (line.kind === 'post') return 'posts';
  // Comments are scored by their own patterns (pod-comment, tag-hijack), so they are measured apart
  // from the messages whose false positives the genuine group counts.
  if (line.kind === 'comment') return 'comments';
  if (line.label === 'templated') return 'templated-raw';
  return 'genuine';
}

const buckets = new Map<string, Line[]>();
function add(split: Split, name: string, line: Line): void {
  const key = `${split}-${name}`;
  buckets.set(key, [...(buckets.get(key) ?? []), line]);
}

function addWithVariants(split: Split, line: Line): void {
  add(split, group(line), line);
  if (line.label !== 'templated') return;
  const seedBase = [...line.text].reduce((sum, char) => sum + char.charCodeAt(0), 0);
  for (let variant = 0; variant < FILLED_VARIANTS; variant += 1) {
    const text = fillPlaceholders(line.text, seedBase + variant * 7);
    add(split, 'templated-filled', { ...line, text, source: `${line.source} (placeholders filled by src/cli/fill-placeholders.ts, variant ${variant + 1})` });
  }
}

for (const file of readdirSync(SHARED).filter((name) => name.endsWith('.jsonl')).sort()) {
  for (const line of readJsonl(join(SHARED, file))) addWithVariants(isHeldOut(line.text) ? 'heldout' : 'dev', line);
}
for (const file of readdirSync(GATHERED).filter((name) => name.endsWith('.jsonl')).sort()) {
  for (const line of readJsonl(join(GATHERED, file))) addWithVariants(splitOfGatheredLine(file, line.text), line);
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
for (const [key, lines] of [...buckets.entries()].sort()) {
  writeFileSync(join(OUT, `${key}.jsonl`), lines.map((line) => JSON.stringify(line)).join('\n') + '\n');
  process.stdout.write(`${key}: ${lines.length}\n`);
}
