// Every corpus line through the detectors, compared with verdicts recorded before the detectors were
// made faster: a speed-up must not change a single verdict, reason or quoted phrase. Lines are keyed by
// their content, so lines added to the corpora later are not compared (they have no recorded verdicts)
// but cannot break the test either. After a deliberate change to what the detectors find, regenerate
// with `UPDATE_VERDICT_SNAPSHOT=1 npx vitest run tests/detect/verdict-snapshot.test.ts` and read the diff.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCorpusLine } from '../../src/cli/corpus-line';
import { detect, signalsOf } from '../../src/detect/index';
import type { Item, Person } from '../../src/detect/types';

const REPO = resolve(import.meta.dirname, '../..');
const SNAPSHOT = join(import.meta.dirname, '__snapshots__/verdicts-over-corpora.json');
const CORPORA = [process.env.SHARED_CORPUS ?? resolve(REPO, '../shared/corpus'), join(REPO, 'data/corpus'), join(REPO, 'data/corpus/split')];
const MIN_COMPARED = 1000;
const CAPITALISED = /\b\p{Lu}[\p{L}'-]+/gu;
// A fresh set (gathered `*-fresh<N>.jsonl`, split `fresh<N>-*.jsonl`) is kept unread until it is measured
// once: its verdicts must not land in a snapshot file that whoever tunes would read.
const FRESH_SET = /-fresh\d+\.jsonl$|^fresh\d+-/;

type Readings = { [reading: string]: unknown };

// Read, not skipped, when a corpus is missing: readdirSync throws and names the directory.
function corpusItems(): Map<string, Item> {
  const items = new Map<string, Item>();
  for (const dir of CORPORA) {
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.jsonl') && !FRESH_SET.test(name))) {
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const { item } = parseCorpusLine(line, 'corpus');
        const key = createHash('sha1').update(`${item.kind}\n${item.mentions.length}\n${item.text}`).digest('hex').slice(0, 16);
        items.set(key, item);
      }
    }
  }
  return items;
}

// The corpora hold no comments: every line, and its first line alone (comment-sized), is also read
// as a comment that tags the capitalised words of its own text, so tag-hijack (names found in the
// text, people in or out of the thread) and pod-comment see real text.
function asComment(item: Item, text: string): Item {
  const names = [...new Set(text.match(CAPITALISED) ?? [])].slice(0, 4);
  const mentions: Person[] = names.map((name, index) => (index % 2 === 0 ? { name, profileUrl: `/in/${name.toLowerCase()}` } : { name }));
  const participants = text.length % 2 === 0 ? names.map((name) => `/in/${name.toLowerCase()}`) : ['/in/post-author'];
  return { ...item, kind: 'comment', text, mentions, threadParticipants: participants, authorIsPostAuthor: text.length % 3 === 0 };
}

function recordFor(item: Item): Readings {
  const comment = asComment(item, item.text);
  const short = asComment(item, item.text.trim().split('\n')[0] ?? '');
  const record: Readings = {
    verdicts: detect(item, { sensitivity: 'strict' }),
    asComment: detect(comment, { sensitivity: 'strict' }),
    firstLineAsComment: detect(short, { sensitivity: 'strict' }),
    baitSignals: signalsOf(item, 'engagement-bait'),
    praiseSignals: signalsOf(comment, 'pod-comment'),
    tagSignals: signalsOf(comment, 'tag-hijack'),
  };
  // Empty lists are left out to keep the snapshot readable.
  for (const [reading, value] of Object.entries(record)) if (Array.isArray(value) && value.length === 0) delete record[reading];
  return record;
}

function writeSnapshot(items: ReadonlyMap<string, Item>): void {
  const keys = [...items.keys()].sort();
  // One corpus line per snapshot line, so a changed verdict shows as a one-line diff.
  const lines = keys.map((key) => `${JSON.stringify(key)}: ${JSON.stringify(recordFor(items.get(key) as Item))}`);
  writeFileSync(SNAPSHOT, `{\n${lines.join(',\n')}\n}\n`);
}

describe('detector verdicts over the corpora', () => {
  it('match the verdicts recorded before the detectors were optimised', () => {
    const items = corpusItems();
    if (process.env.UPDATE_VERDICT_SNAPSHOT === '1') writeSnapshot(items);
    const expected = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as { [key: string]: Readings };
    const changed: { key: string; text: string; expected: Readings; actual: Readings }[] = [];
    let compared = 0;
    for (const [key, item] of items) {
      const recorded = expected[key];
      if (recorded === undefined) continue;
      compared += 1;
      const actual = JSON.parse(JSON.stringify(recordFor(item))) as Readings;
      if (JSON.stringify(actual) !== JSON.stringify(recorded)) changed.push({ key, text: item.text.slice(0, 120), expected: recorded, actual });
    }
    expect(compared).toBeGreaterThanOrEqual(MIN_COMPARED);
    expect(changed.slice(0, 5)).toEqual([]);
    expect(changed.length).toBe(0);
  });
});
