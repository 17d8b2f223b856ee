// The matchers against the plain form they replace: one regular expression joining a list's entries,
// over every corpus line. Unlike the verdict snapshot, this holds whatever the phrase lists say.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baitPhrases, PHRASE_SETS, podPraise, templatedPhrases } from '../../../src/detect/phrases/compiled';
import { textView } from '../../../src/detect/text-view';

const REPO = resolve(import.meta.dirname, '../../..');
const CORPORA = [process.env.SHARED_CORPUS ?? resolve(REPO, '../shared/corpus'), join(REPO, 'data/corpus')];
const WORD_CHAR = /[\p{L}\p{N}]/u;

// A fresh set (gathered `*-fresh<N>.jsonl`) is kept unread until it is measured once; no test reads it.
const FRESH_SET = /-fresh\d+\.jsonl$/;

function corpusTexts(): string[] {
  const texts = new Set<string>();
  for (const dir of CORPORA) {
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.jsonl') && !FRESH_SET.test(name))) {
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
        if (line.trim() !== '') texts.add(textView((JSON.parse(line) as { text: string }).text).lower);
      }
    }
  }
  return [...texts];
}

function startsAtEdge(text: string, index: number): boolean {
  if (index === 0 || !WORD_CHAR.test(text[index] ?? '')) return true;
  return !WORD_CHAR.test(text[index - 1] ?? '');
}

/** Per list, every match at a word edge of the joined expression, as the matchers used to find them. */
function joinedMatches(lists: Readonly<Record<string, readonly string[]>>, text: string): Map<string, string[]> {
  const keys = Object.keys(lists);
  const pattern = new RegExp(`(?:${keys.map((key, index) => `(?<g${index}>${(lists[key] ?? []).join('|')})`).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const found = new Map<string, string[]>();
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    if (startsAtEdge(text, match.index)) {
      const groups = match.groups ?? {};
      const key = keys.find((_, index) => groups[`g${index}`] !== undefined) ?? '';
      found.set(key, [...(found.get(key) ?? []), match[0]]);
      pattern.lastIndex = match.index + Math.max(1, match[0].length);
    } else {
      pattern.lastIndex = match.index + ((text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1);
    }
  }
  return found;
}

function merged(pick: (set: (typeof PHRASE_SETS)[number]) => object): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  for (const set of PHRASE_SETS) {
    for (const [key, sources] of Object.entries(pick(set)) as [string, readonly string[]][]) lists[key] = [...(lists[key] ?? []), ...sources];
  }
  return lists;
}

describe('phrase matchers over the corpora', () => {
  const texts = corpusTexts();
  const templated = merged((set) => set.templated);
  const bait = merged((set) => set.engagementBait);
  const praise = { praise: PHRASE_SETS.flatMap((set) => set.podPraise) };
  const unlimited = Number.MAX_SAFE_INTEGER;

  it('find what the joined regular expressions find, list by list', () => {
    expect(texts.length).toBeGreaterThan(1000);
    const differing: string[] = [];
    for (const text of texts) {
      const same =
        JSON.stringify([...templatedPhrases.find(text, unlimited)]) === JSON.stringify([...joinedMatches(templated, text)]) &&
        JSON.stringify([...baitPhrases.find(text, unlimited)]) === JSON.stringify([...joinedMatches(bait, text)]) &&
        JSON.stringify(podPraise.find(text, unlimited)) === JSON.stringify(joinedMatches(praise, text).get('praise') ?? []);
      if (!same) differing.push(text.slice(0, 120));
    }
    expect(differing.slice(0, 5)).toEqual([]);
    // Every corpus text through every list twice (the joined expressions are the slow reference): about
    // 6 s on the shared machine, past vitest's default 5 s.
  }, 30_000);

  it('strip praise as the joined regular expression replaced it', () => {
    const pattern = new RegExp(`(?:${praise.praise.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    for (const text of texts) {
      expect(podPraise.strip(text)).toBe(text.replace(pattern, (phrase: string, offset: number) => (startsAtEdge(text, offset) ? ' ' : phrase)));
    }
  });
});
