// `npm run bench`: detector throughput on one core over the corpora (../shared/corpus and
// data/corpus), and the cost per item by kind. A benchmark, not a test: it prints, it does not assert.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { detect } from '../src/detect/index';
import type { Item, ItemKind } from '../src/detect/types';

const CORPORA = [process.env.SHARED_CORPUS ?? resolve(import.meta.dirname, '../../shared/corpus'), 'data/corpus'];
const ROUND_MICROSECONDS = 150_000;
// The machine is shared: the median of several rounds, each timed in the process's own CPU time rather
// than the wall clock, moves little when other work takes the cores for a while.
const ROUNDS = 7;
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

interface Round {
  /** Microseconds of CPU time per item. */
  cpu: number;
  /** Microseconds of wall-clock time per item. */
  wall: number;
}

function round(items: readonly Item[]): Round {
  let count = 0;
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  let cpu = 0;
  do {
    for (const item of items) detect(item, { sensitivity: 'balanced' });
    count += items.length;
    const used = process.cpuUsage(cpuStart);
    cpu = used.user + used.system;
  } while (cpu < ROUND_MICROSECONDS);
  return { cpu: cpu / count, wall: ((performance.now() - wallStart) * 1000) / count };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Per item: the median round's CPU time, the fastest and slowest rounds, and the median wall time. */
function time(items: readonly Item[]): { micros: number; fastest: number; slowest: number; wall: number } {
  for (const item of items) detect(item, { sensitivity: 'balanced' });
  const rounds = Array.from({ length: ROUNDS }, () => round(items));
  const cpu = rounds.map((each) => each.cpu);
  return { micros: median(cpu), fastest: Math.min(...cpu), slowest: Math.max(...cpu), wall: median(rounds.map((each) => each.wall)) };
}

const perSecond = (micros: number): string => Math.round(1_000_000 / micros).toLocaleString('en');

const corpus = loadItems();
const all = [...corpus, ...commentsFrom(corpus)];
const byKind = new Map<ItemKind, Item[]>();
for (const item of all) byKind.set(item.kind, [...(byKind.get(item.kind) ?? []), item]);

// Let the JIT settle on the whole mix before anything is measured.
for (let warmUp = 0; warmUp < 3; warmUp += 1) round(all);

function summary(label: string, items: readonly Item[]): void {
  const { micros, fastest, slowest, wall } = time(items);
  const verdict = 1_000_000 / micros >= TARGET_PER_SECOND ? 'met' : 'NOT met';
  process.stdout.write(
    `${label}: ${items.length} items, ${perSecond(micros)} items/s on one core (${micros.toFixed(1)} µs/item CPU, median of ${ROUNDS} rounds; ` +
      `rounds ${perSecond(slowest)}–${perSecond(fastest)}; wall clock ${perSecond(wall)}); target ${TARGET_PER_SECOND.toLocaleString('en')}: ${verdict}\n`,
  );
}

summary('detect(), corpora + stand-in comments', all);
summary('detect(), corpora only (messages, invites, posts)', corpus);
for (const [kind, items] of [...byKind.entries()].sort()) {
  const { micros } = time(items);
  const chars = items.reduce((sum, item) => sum + item.text.length, 0) / items.length;
  process.stdout.write(`  ${kind.padEnd(8)} ${String(items.length).padStart(5)} items, avg ${Math.round(chars)} chars: ${micros.toFixed(1)} µs/item, ${perSecond(micros)} items/s\n`);
}
