// All languages' phrase lists merged into one regular expression per signal, built once at module
// load: the detectors run on every comment and message of a page, so nothing is compiled per item.
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { EngagementBaitPhrases, PhraseSet, TemplatedPhrases } from './phrase-set';

export const PHRASE_SETS: readonly PhraseSet[] = [en, de, fr, es];

const WORD_CHAR = /[\p{L}\p{N}]/u;

// A phrase that starts with a letter or digit must not start inside a word; emoji and
// punctuation phrases may start anywhere.
function startsAtEdge(text: string, index: number): boolean {
  if (index === 0 || !WORD_CHAR.test(text[index] ?? '')) return true;
  return !WORD_CHAR.test(text[index - 1] ?? '');
}

/**
 * A phrase list as one regular expression, matched at word edges. The leading edge is checked by
 * hand after a match rather than with a lookbehind, which stops V8 from skipping ahead quickly and
 * made scanning a long post about three times slower.
 */
export class PhraseMatcher {
  private readonly pattern: RegExp;

  constructor(sources: readonly string[]) {
    // \b only knows ASCII and would split "réseau", hence the Unicode class for the trailing edge.
    this.pattern = new RegExp(`(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  }

  /** Up to `limit` matches that start at a word edge, in order. */
  find(text: string, limit: number): string[] {
    const found: string[] = [];
    this.pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while (found.length < limit && (match = this.pattern.exec(text)) !== null) {
      if (startsAtEdge(text, match.index)) {
        found.push(match[0]);
        this.pattern.lastIndex = match.index + Math.max(1, match[0].length);
      } else {
        // Step a whole code point: inside a surrogate pair a 'u' regexp would find the same match again.
        this.pattern.lastIndex = match.index + ((text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1);
      }
    }
    return found;
  }

  /** Every match at a word edge removed from the text. */
  strip(text: string): string {
    return text.replace(this.pattern, (phrase: string, offset: number) => (startsAtEdge(text, offset) ? ' ' : phrase));
  }
}

/**
 * Several phrase lists in one regular expression, one named group per list, so a text is scanned
 * once rather than once per list (about twice as fast on long posts).
 */
export class GroupedPhraseMatcher<K extends string> {
  private readonly pattern: RegExp;
  private readonly keys: readonly K[];

  constructor(lists: Readonly<Record<K, readonly string[]>>) {
    this.keys = Object.keys(lists) as K[];
    const groups = this.keys.map((key, index) => `(?<g${index}>${lists[key].join('|')})`);
    this.pattern = new RegExp(`(?:${groups.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  }

  /** Per list, up to `limit` matches that start at a word edge, in order; lists without one are left out. */
  find(text: string, limit: number): Map<K, string[]> {
    const found = new Map<K, string[]>();
    this.pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = this.pattern.exec(text)) !== null) {
      if (startsAtEdge(text, match.index)) {
        const key = this.keyOf(match);
        const list = found.get(key) ?? [];
        if (list.length < limit) list.push(match[0]);
        found.set(key, list);
        this.pattern.lastIndex = match.index + Math.max(1, match[0].length);
      } else {
        this.pattern.lastIndex = match.index + ((text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1);
      }
    }
    return found;
  }

  private keyOf(match: RegExpExecArray): K {
    const groups = match.groups ?? {};
    const index = this.keys.findIndex((_, position) => groups[`g${position}`] !== undefined);
    return this.keys[index] as K;
  }
}

function listsFor<K extends string>(keys: readonly K[], pick: (set: PhraseSet, key: K) => string[]): Record<K, string[]> {
  const out = {} as Record<K, string[]>;
  for (const key of keys) out[key] = PHRASE_SETS.flatMap((set) => pick(set, key));
  return out;
}

const TEMPLATED_KEYS: readonly (keyof TemplatedPhrases)[] = [
  'opener',
  'connect',
  'pitch',
  'callAsk',
  'followUp',
  'softClose',
  'compliment',
  'socialProof',
  'challengeQuestion',
  'softCta',
];
const BAIT_KEYS: readonly (keyof EngagementBaitPhrases)[] = ['agree', 'commentKeyword', 'commentPrompt', 'repost', 'follow', 'linkInComments', 'tagSomeone', 'saveOrLike'];

export const templatedPhrases = new GroupedPhraseMatcher(listsFor(TEMPLATED_KEYS, (set, key) => set.templated[key]));
export const baitPhrases = new GroupedPhraseMatcher(listsFor(BAIT_KEYS, (set, key) => set.engagementBait[key]));
export const podPraise = new PhraseMatcher(PHRASE_SETS.flatMap((set) => set.podPraise));
