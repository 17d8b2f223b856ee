// Many phrase patterns matched as if joined into one `(?:a|b|…)(?![\p{L}\p{N}])` expression, at a
// fraction of its cost. V8 tries every alternative at every position of such an expression (about
// 20 ns a character for the engagement-bait list). Here each alternative is its own expression, which
// V8 scans quickly from its leading literal, and only the alternatives whose required strings occur
// in the text run at all; a merge of their next matches gives exactly the joined expression's matches.
import { LiteralIndex } from './literal-index';
import { requiredLiterals } from './required-literals';

// What the joined expression adds after the alternation: a phrase may not end inside a word. (\b only
// knows ASCII and would split "réseau".)
const TRAILING_EDGE = '(?![\\p{L}\\p{N}])';

export interface PhraseMatch {
  index: number;
  /** Position of the alternative that matched, in the constructor's list. */
  alternative: number;
  text: string;
}

export class PhraseAlternation {
  private readonly patterns: readonly RegExp[];
  private readonly literals: LiteralIndex;
  /** Per required string, the alternatives that need it. */
  private readonly needing: readonly (readonly number[])[];
  /** Alternatives with no string to require: they always run. */
  private readonly unconditional: readonly number[];

  constructor(sources: readonly string[]) {
    this.patterns = sources.map((source) => new RegExp(`(?:${source})${TRAILING_EDGE}`, 'gu'));
    const literalIds = new Map<string, number>();
    const needing: number[][] = [];
    const unconditional: number[] = [];
    sources.forEach((source, alternative) => {
      const required = requiredLiterals(source);
      if (required === null) {
        unconditional.push(alternative);
        return;
      }
      for (const literal of required) {
        let id = literalIds.get(literal);
        if (id === undefined) {
          id = needing.length;
          literalIds.set(literal, id);
          needing.push([]);
        }
        needing[id]?.push(alternative);
      }
    });
    this.literals = new LiteralIndex([...literalIds.keys()]);
    this.needing = needing;
    this.unconditional = unconditional;
  }

  /** A scan of one text; its `next` calls must not go backwards. */
  scan(text: string): AlternationScan {
    const alternatives = [...this.unconditional];
    for (const id of this.literals.occurrences(text)) {
      for (const alternative of this.needing[id] ?? []) if (!alternatives.includes(alternative)) alternatives.push(alternative);
    }
    // In the joined expression's order, so that of two matches at one position the earlier alternative wins.
    alternatives.sort((a, b) => a - b);
    return new AlternationScan(text, alternatives.map((alternative) => this.patterns[alternative] as RegExp), alternatives);
  }
}

const UNKNOWN = -1;

export class AlternationScan {
  /** Per running alternative: where its next match starts (Infinity when it has no more), or UNKNOWN. */
  private readonly starts: number[];
  private readonly matched: string[];

  constructor(
    private readonly text: string,
    private readonly patterns: readonly RegExp[],
    private readonly alternatives: readonly number[],
  ) {
    this.starts = patterns.map(() => UNKNOWN);
    this.matched = patterns.map(() => '');
  }

  /** Whether no alternative can match anywhere in the text. */
  get empty(): boolean {
    return this.patterns.length === 0;
  }

  /**
   * The match the joined expression finds when run from `from` with the global flag: the leftmost,
   * and at that position the first alternative in order.
   */
  next(from: number): PhraseMatch | null {
    let best = UNKNOWN;
    let bestStart = Number.POSITIVE_INFINITY;
    for (let slot = 0; slot < this.patterns.length; slot += 1) {
      let start = this.starts[slot] ?? UNKNOWN;
      // A match found from an earlier position is still the leftmost one unless it starts before `from`.
      if (start < from) {
        const pattern = this.patterns[slot] as RegExp;
        pattern.lastIndex = from;
        const match = pattern.exec(this.text);
        start = match === null ? Number.POSITIVE_INFINITY : match.index;
        this.starts[slot] = start;
        this.matched[slot] = match === null ? '' : match[0];
      }
      if (start < bestStart) {
        best = slot;
        bestStart = start;
      }
    }
    if (best === UNKNOWN) return null;
    return { index: bestStart, alternative: this.alternatives[best] ?? UNKNOWN, text: this.matched[best] ?? '' };
  }
}
