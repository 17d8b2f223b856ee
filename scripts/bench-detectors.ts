// `npm run bench`: detector throughput on one core over the corpora (../shared/corpus and
// data/corpus), and the cost per item by kind. A benchmark, not a test: it prints, it does not assert.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { detect } from '../src/detect/index';
import type { Item, ItemKind } from '../src/detect/types';

const CORPORA = [process.env.SHARED_CORPUS ?? resolve(import.meta.dirname, '../../shared/corpus'), 'data/corpus'];
const MIN_MILLISECONDS = 200;
// The machine is shared: the best of several rounds is the least disturbed measurement.
const ROUNDS = 9;
const TARGET_PER_SECOND = 50_000;

function loadItems(): Item[] {
  const items: Item[] = [];
  for (const dir of CORPORA) {
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.jsonl'))) {
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const { kind, text } = JSON.parse(line) as { kind: ItemKind; text: string };
        items.push({ id: String(items.length), kind, text, mentions: [], hashtags: [] });
      }
    }
  }
  return items;
}

// The corpora hold no comments; short genuine messages stand in for comment bodies (for timing only),
// every fourth one tagging four people so the tag-hijack path is exercised too.
function commentsFrom(items: readonly Item[]): Item[] {
  return items
    .filter((item) => item.kind === 'message' && item.text.length < 200)
    .map((item, index) => ({
      ...item,
      kind: 'comment' as const,
      mentions: index % 4 === 0 ? ['Ana Ruiz', 'Ben Okafor', 'Chen Li', 'Dara Singh'].map((name) => ({ name, profileUrl: `/in/${name.toLowerCase().replace(' ', '-')}` })) : [],
      threadParticipants: ['/in/post-author'],
    }));
}

function time(items: readonly Item[]): { perSecond: number; microsPerItem: number } {
  let best = { perSecond: 0, microsPerItem: Number.POSITIVE_INFINITY };
  for (let round = 0; round < ROUNDS; round += 1) {
    const result = timeOnce(items);
    if (result.perSecond > best.perSecond) best = result;
  }
  return best;
}

function timeOnce(items: readonly Item[]): { perSecond: number; microsPerItem: number } {
  for (const item of items) detect(item, { sensitivity: 'balanced' });
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (const item of items) detect(item, { sensitivity: 'balanced' });
    runs += 1;
    elapsed = performance.now() - start;
  } while (elapsed < MIN_MILLISECONDS);
  const count = runs * items.length;
  return { perSecond: (count / elapsed) * 1000, microsPerItem: (elapsed * 1000) / count };
}

const corpus = loadItems();
const all = [...corpus, ...commentsFrom(corpus)];
const byKind = new Map<ItemKind, Item[]>();
for (const item of all) byKind.set(item.kind, [...(byKind.get(item.kind) ?? []), item]);

// Let the JIT settle on the whole mix before anything is measured.
timeOnce(all);
timeOnce(all);
function summary(label: string, items: readonly Item[]): void {
  const { perSecond, microsPerItem } = time(items);
  const verdict = perSecond >= TARGET_PER_SECOND ? 'met' : 'NOT met';
  process.stdout.write(`${label}: ${items.length} items, ${Math.round(perSecond).toLocaleString('en')} items/s on one core (${microsPerItem.toFixed(1)} µs/item); target ${TARGET_PER_SECOND.toLocaleString('en')}: ${verdict}\n`);
}

summary('detect(), corpora + stand-in comments', all);
summary('detect(), corpora only (messages, invites, posts)', corpus);
for (const [kind, items] of [...byKind.entries()].sort()) {
  const { perSecond, microsPerItem } = time(items);
  const chars = items.reduce((sum, item) => sum + item.text.length, 0) / items.length;
  process.stdout.write(`  ${kind.padEnd(8)} ${String(items.length).padStart(5)} items, avg ${Math.round(chars)} chars: ${microsPerItem.toFixed(1)} µs/item, ${Math.round(perSecond).toLocaleString('en')} items/s\n`);
}
