// Every corpus line through the detectors, compared with verdicts recorded before the detectors were
// made faster: a speed-up must not change a single verdict, reason or quoted phrase. After a deliberate
// change to what the detectors find, regenerate with
// `npx vitest run tests/detect/verdict-snapshot.test.ts -u` and read the diff.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCorpusLine } from '../../src/cli/corpus-line';
import { detect, signalsOf } from '../../src/detect/index';
import type { Item, Person } from '../../src/detect/types';

const REPO = resolve(import.meta.dirname, '../..');
const CORPORA = [
  { name: 'shared', dir: process.env.SHARED_CORPUS ?? resolve(REPO, '../shared/corpus') },
  { name: 'data', dir: join(REPO, 'data/corpus') },
  { name: 'data/split', dir: join(REPO, 'data/corpus/split') },
];
const CAPITALISED = /\b\p{Lu}[\p{L}'-]+/gu;

function corpusFiles(dir: string): string[] {
  // Read, not skipped, when missing: readdirSync throws and names the directory that is not there.
  return readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort();
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

function recordFor(item: Item): Record<string, unknown> {
  const comment = asComment(item, item.text);
  const short = asComment(item, item.text.trim().split('\n')[0] ?? '');
  const record: Record<string, unknown> = {
    verdicts: detect(item, { sensitivity: 'strict' }),
    asComment: detect(comment, { sensitivity: 'strict' }),
    firstLineAsComment: detect(short, { sensitivity: 'strict' }),
    baitSignals: signalsOf(item, 'engagement-bait'),
    praiseSignals: signalsOf(comment, 'pod-comment'),
    tagSignals: signalsOf(comment, 'tag-hijack'),
  };
  // Empty lists are left out to keep the snapshot readable.
  for (const [key, value] of Object.entries(record)) if (Array.isArray(value) && value.length === 0) delete record[key];
  return record;
}

function snapshot(): string {
  const entries: string[] = [];
  for (const { name, dir } of CORPORA) {
    for (const file of corpusFiles(dir)) {
      const lines = readFileSync(join(dir, file), 'utf8').split('\n');
      for (const [index, line] of lines.entries()) {
        if (line.trim() === '') continue;
        const key = `${name}/${file}:${index + 1}`;
        entries.push(`${JSON.stringify(key)}: ${JSON.stringify(recordFor(parseCorpusLine(line, key).item))}`);
      }
    }
  }
  // One corpus line per snapshot line, so a changed verdict shows as a one-line diff.
  return `{\n${entries.join(',\n')}\n}\n`;
}

describe('detector verdicts over the corpora', () => {
  it('match the verdicts recorded before the detectors were optimised', async () => {
    const current = snapshot();
    expect(current.split('\n').length).toBeGreaterThan(1000);
    await expect(current).toMatchFileSnapshot('./__snapshots__/verdicts-over-corpora.json');
  });
});
