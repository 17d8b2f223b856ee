// All languages' phrase lists merged into one matcher per signal, built once at module load: the
// detectors run on every comment and message of a page, so nothing is compiled per item. A matcher
// finds what one regular expression joining the list's entries would, at a fraction of its cost
// (phrase-alternation.ts).
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { nl } from './nl';
import { PhraseAlternation, type PhraseMatch } from './phrase-alternation';
import type { EngagementBaitPhrases, PhraseSet, TemplatedPhrases } from './phrase-set';
import { pt } from './pt';
import { tr } from './tr';

export const PHRASE_SETS: readonly PhraseSet[] = [en, de, fr, es, nl, pt, tr];

const WORD_CHAR = /[\p{L}\p{N}]/u;

// A phrase that starts with a letter or digit must not start inside a word; emoji and
// punctuation phrases may start anywhere.
function startsAtEdge(text: string, index: number): boolean {
  if (index === 0 || !WORD_CHAR.test(text[index] ?? '')) return true;
  return !WORD_CHAR.test(text[index - 1] ?? '');
}

// Where the next search starts after a match that does not start at a word edge: one whole code
// point on, since inside a surrogate pair a 'u' regexp would find the same match again.
function stepPast(text: string, index: number): number {
  return index + ((text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1);
}

/** A phrase list matched at word edges, as one regular expression of its entries would match it. */
export class PhraseMatcher {
  private readonly alternation: PhraseAlternation;

  constructor(sources: readonly string[]) {
    this.alternation = new PhraseAlternation(sources);
  }

  /** Up to `limit` matches that start at a word edge, in order. */
  find(text: string, limit: number): string[] {
    const found: string[] = [];
    const scan = this.alternation.scan(text);
    let from = 0;
    let match: PhraseMatch | null;
    while (found.length < limit && (match = scan.next(from)) !== null) {
      if (startsAtEdge(text, match.index)) {
        found.push(match.text);
        from = match.index + Math.max(1, match.text.length);
      } else {
        from = stepPast(text, match.index);
      }
    }
    return found;
  }

  /** Every match at a word edge replaced by a space, as `String.replace` with the global regexp would. */
  strip(text: string): string {
    const scan = this.alternation.scan(text);
    if (scan.empty) return text;
    let out = '';
    let copied = 0;
    let from = 0;
    let match: PhraseMatch | null;
    while ((match = scan.next(from)) !== null) {
      const end = match.index + match.text.length;
      out += text.slice(copied, match.index) + (startsAtEdge(text, match.index) ? ' ' : match.text);
      copied = end;
      from = match.text.length > 0 ? end : stepPast(text, match.index);
    }
    return out + text.slice(copied);
  }
}

/** Several phrase lists matched together, so each match belongs to exactly one list. */
export class GroupedPhraseMatcher<K extends string> {
  private readonly alternation: PhraseAlternation;
  /** Per alternative, the list it came from. */
  private readonly keyOf: readonly K[];

  constructor(lists: Readonly<Record<K, readonly string[]>>) {
    const keys = Object.keys(lists) as K[];
    this.keyOf = keys.flatMap((key) => lists[key].map(() => key));
    this.alternation = new PhraseAlternation(keys.flatMap((key) => lists[key]));
  }

  /** Per list, up to `limit` matches that start at a word edge, in order; lists without one are left out. */
  find(text: string, limit: number): Map<K, string[]> {
    const found = new Map<K, string[]>();
    const scan = this.alternation.scan(text);
    let from = 0;
    let match: PhraseMatch | null;
    while ((match = scan.next(from)) !== null) {
      if (startsAtEdge(text, match.index)) {
        const key = this.keyOf[match.alternative] as K;
        const list = found.get(key) ?? [];
        if (list.length < limit) list.push(match.text);
        found.set(key, list);
        from = match.index + Math.max(1, match.text.length);
      } else {
        from = stepPast(text, match.index);
      }
    }
    return found;
  }
}

function listsFor<K extends string>(keys: readonly K[], pick: (set: PhraseSet, key: K) => string[]): Record<K, string[]> {
  const out = {} as Record<K, string[]>;
  for (const key of keys) out[key] = PHRASE_SETS.flatMap((set) => pick(set, key));
  return out;
}

const TEMPLATED_KEYS: readonly (keyof TemplatedPhrases)[] = [
  'opener',
  'courtesy',
  'connect',
  'pitch',
  'callAsk',
  'followUp',
  'softClose',
  'compliment',
  'socialProof',
  'challengeQuestion',
  'offer',
  'softCta',
];
const BAIT_KEYS: readonly (keyof EngagementBaitPhrases)[] = ['agree', 'commentKeyword', 'commentPrompt', 'repost', 'follow', 'linkInComments', 'tagSomeone', 'saveOrLike'];

export const templatedPhrases = new GroupedPhraseMatcher(listsFor(TEMPLATED_KEYS, (set, key) => set.templated[key]));
export const baitPhrases = new GroupedPhraseMatcher(listsFor(BAIT_KEYS, (set, key) => set.engagementBait[key]));
export const podPraise = new PhraseMatcher(PHRASE_SETS.flatMap((set) => set.podPraise));
export const podReach = new PhraseMatcher(PHRASE_SETS.flatMap((set) => set.podReach));
