// A year of realistic activity for the popup benchmark: `fillYearOfData` writes it through the store's
// own API (so the rollups are the real ones), in page-sized batches as the background worker would.
// `npm run bench:popup` uses it in Chromium; run this file with tsx to time weeklySummary in Node on
// fake-indexeddb:  npx tsx scripts/bench-popup-data.ts
import type { Pattern, ItemKind } from '../src/detect/types';
import type { SeenEvent, SeenVerdict } from '../src/shared/store-types';
import { addDays, dayKey, type Store } from '../src/store';
import { startOfDay } from '../src/store/local-days';

export interface FillOptions {
  /** The moment "now" for the data: the last day filled is the one containing it. */
  now: number;
  timeZone: string;
  weeks?: number;
  /** Distinct items seen per week; sightings of items already seen come on top. */
  itemsPerWeek?: number;
  seed?: number;
}

export interface FillResult {
  items: number;
  sightings: number;
  days: number;
  conversations: number;
  fingerprints: number;
  callEvents: number;
  corrections: number;
}

const HOUR = 3_600_000;
const BATCH = 25;
const REPEAT_SHARE = 0.1;

/** A small seeded generator, so every run (and every machine) fills the same data. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

// What a LinkedIn day looks like: mostly feed posts, then comments, a few messages and invitations, and
// for each kind the chance that a detector flags it for a pattern.
const KIND_SHARES: [ItemKind, number][] = [
  ['post', 0.6],
  ['comment', 0.3],
  ['message', 0.08],
  ['invite', 0.02],
];

const FLAG_RATES: Record<ItemKind, [Pattern, number, string][]> = {
  post: [
    ['engagement-bait', 0.15, 'agree-question'],
    ['tag-hijack', 0.03, 'mentions-many'],
  ],
  comment: [
    ['tag-hijack', 0.08, 'mentions-outsiders'],
    ['pod-comment', 0.2, 'generic-praise'],
  ],
  message: [['templated', 0.25, 'stock-opener']],
  invite: [['templated', 0.4, 'placeholder-unfilled']],
};

function pickKind(random: () => number): ItemKind {
  let roll = random();
  for (const [kind, share] of KIND_SHARES) {
    roll -= share;
    if (roll < 0) return kind;
  }
  return 'post';
}

function verdictsFor(kind: ItemKind, random: () => number): SeenVerdict[] {
  const verdicts: SeenVerdict[] = [];
  for (const [pattern, rate, reason] of FLAG_RATES[kind]) {
    if (random() >= rate) continue;
    const score = 0.35 + random() * 0.65;
    verdicts.push({ pattern, level: score >= 0.7 ? 'high' : 'low', score, reasons: [reason] });
  }
  return verdicts;
}

function hex64(random: () => number): string {
  return Array.from({ length: 4 }, () => Math.floor(random() * 0x10000).toString(16).padStart(4, '0')).join('');
}

function flipBit(fp: string, bit: number): string {
  return (BigInt(`0x${fp}`) ^ (1n << BigInt(bit))).toString(16).padStart(16, '0');
}

export async function fillYearOfData(store: Store, options: FillOptions): Promise<FillResult> {
  const weeks = options.weeks ?? 52;
  const perDay = Math.round((options.itemsPerWeek ?? 1000) / 7);
  const random = seededRandom(options.seed ?? 20261123);
  const lastDay = dayKey(options.now, options.timeZone);
  const firstDay = addDays(lastDay, -(weeks * 7 - 1));
  const templates = Array.from({ length: 12 }, () => hex64(random));
  const result: FillResult = { items: 0, sightings: 0, days: 0, conversations: 0, fingerprints: 0, callEvents: 0, corrections: 0 };
  const seenIds: SeenEvent[] = [];

  for (let day = firstDay; day <= lastDay; day = addDays(day, 1)) {
    const index = result.days;
    // Activity through the waking hours, local time.
    const morning = startOfDay(day, options.timeZone) + 7 * HOUR;
    const at = () => Math.min(morning + random() * 16 * HOUR, options.now);
    const events: SeenEvent[] = [];
    for (let i = 0; i < perDay; i += 1) {
      const kind = pickKind(random);
      const event: SeenEvent = { id: `item-${index}-${i}`, kind, at: at(), dayKey: day, verdicts: verdictsFor(kind, random) };
      events.push(event);
      seenIds.push(event);
    }
    // Scrolling past earlier items again: never counted twice, but the store has to check, and a later
    // look (more of a thread loaded) sometimes judges an item anew.
    for (let i = 0; i < perDay * REPEAT_SHARE; i += 1) {
      const earlier = seenIds[Math.floor(random() * seenIds.length)];
      if (!earlier) continue;
      const verdicts = random() < 0.3 ? verdictsFor(earlier.kind, random) : earlier.verdicts;
      events.push({ ...earlier, at: at(), dayKey: day, verdicts });
    }
    for (let start = 0; start < events.length; start += BATCH) {
      result.items += await store.recordSeen(events.slice(start, start + BATCH));
    }
    result.sightings += events.length;

    for (let chunk = 0; chunk < 4; chunk += 1) await store.addFeedTime(day, Math.round(3 * 60_000 + random() * 12 * 60_000));

    const flagged = events.filter((event) => event.verdicts.length > 0);
    if (random() < 0.4 && flagged.length > 0) {
      const target = flagged[Math.floor(random() * flagged.length)];
      const pattern = target?.verdicts[0]?.pattern;
      if (target && pattern) {
        await store.recordCorrection(target.id, pattern, at(), day);
        result.corrections += 1;
      }
    }

    for (let i = 0; i < 3; i += 1) {
      const template = templates[Math.floor(random() * templates.length)] ?? hex64(random);
      const fp = random() < 0.6 ? flipBit(template, Math.floor(random() * 64)) : hex64(random);
      await store.recordFingerprint(fp, `sender-${Math.floor(random() * 400)}`, at());
      result.fingerprints += 1;
    }

    if (random() < 0.5) {
      const threadId = `thread-${Math.floor(random() * 40)}`;
      await store.recordCallEvent({ kind: 'suggested', threadId, at: at(), dayKey: day });
      result.callEvents += 1;
      if (random() < 0.5) {
        await store.recordCallEvent({ kind: 'proposed', threadId, at: at(), dayKey: day });
        result.callEvents += 1;
      }
    }

    // Conversation stats are refreshed on the last day of each week of the fill, the fill's last day included.
    if (index % 7 === 6) {
      for (let t = 0; t < 40; t += 1) {
        const each = Math.floor(random() * 12);
        await store.upsertConversation({
          threadId: `thread-${t}`,
          participantName: `Person ${t}`,
          threadUrl: `https://www.linkedin.com/messaging/thread/${t}/`,
          inLast7d: each,
          outLast7d: Math.floor(each * (0.5 + random())),
          longestRun: Math.floor(random() * 12),
          lastActivity: at(),
          templated: random() < 0.2,
        });
      }
      result.conversations = 40;
    }
    result.days += 1;
  }

  for (const surface of ['feed', 'comments', 'messages', 'invitations'] as const) {
    await store.recordSelectorHealth({ surface, ok: surface !== 'invitations', at: options.now - HOUR });
  }
  return result;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function main(): Promise<void> {
  // fake-indexeddb/auto installs IndexedDB's globals in Node. Named through a variable so that neither
  // TypeScript (that entry ships no types) nor a browser bundle of this file follows it.
  const nodeIndexedDb = 'fake-indexeddb/auto';
  await import(/* @vite-ignore */ nodeIndexedDb);
  const { IDBFactory } = await import('fake-indexeddb');
  const { openStore, firstDayOfWeek } = await import('../src/store');
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const weekStartsOn = firstDayOfWeek(Intl.DateTimeFormat().resolvedOptions().locale);
  const now = Date.now();
  const factory = new IDBFactory();
  const store = await openStore({ factory });

  const fillStarted = performance.now();
  const filled = await fillYearOfData(store, { now, timeZone });
  const fillMs = performance.now() - fillStarted;
  store.close();

  // The popup usually wakes a stopped worker: opening the database is part of what the user waits for.
  const coldStarted = performance.now();
  const reopened = await openStore({ factory });
  await reopened.weeklySummary(now, { timeZone, weekStartsOn });
  const coldMs = performance.now() - coldStarted;

  const timings: number[] = [];
  for (let run = 0; run < 21; run += 1) {
    const started = performance.now();
    await reopened.weeklySummary(now, { timeZone, weekStartsOn });
    timings.push(performance.now() - started);
  }
  const summary = await reopened.weeklySummary(now, { timeZone, weekStartsOn });
  reopened.close();

  console.log(JSON.stringify({ filled, fillMs: Math.round(fillMs) }));
  console.log(
    `weeklySummary on fake-indexeddb (${filled.items} items over ${filled.days} days, ${timeZone}): ` +
      `open + first ${coldMs.toFixed(2)} ms, then median ${median(timings).toFixed(2)} ms, max ${Math.max(...timings).toFixed(2)} ms`,
  );
  console.log(`this week: ${summary.thisWeek.totals.seen.post} posts, broadcast share ${summary.thisWeek.totals.broadcastShare?.toFixed(2)}`);
}

const runDirectly = typeof process !== 'undefined' && process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1]);
if (runDirectly) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
