// Which of a fixed set of strings occur in a text, in one pass over it. Each string of three or more
// characters is filed under a hash of three of its characters in a row; the pass hashes every
// three-character window and compares only the few strings filed there. A few hundred `includes`
// calls would read the text a few hundred times; the few shorter strings (emoji, "+") are still
// looked for that way, since checking every character for them as well cost more than it saved.

const HASH_BITS = 14;
const NONE = -1;
// How common each character is in running text, roughly (English letter frequencies in percent,
// the space above them all). Each string is filed under its least common three characters, and
// strings sharing a start ("noticed you both", "noticed we both", …) are spread over buckets, so a
// frequent window such as "you" or "in " leads to few comparisons.
const COMMON: Readonly<Record<string, number>> = {
  ' ': 18, e: 12, t: 9, a: 8, o: 8, i: 7, n: 7, s: 6, h: 6, r: 6, d: 4, l: 4, u: 3, c: 3, m: 2, w: 2, f: 2, y: 2, g: 2, p: 2, b: 1, "'": 1,
};
// Letters can be rare and their sequence common all the same ("you", "ing"): the commonest English
// three-letter sequences, which a string is filed under only when it has nothing better.
const FREQUENT_TRIGRAMS = new Set(
  'the and ing you for ion ent tha her all wit ith our ver hat his ter ere uld oul wou hav ave com con nce ati tio thi are ome ust ore out one hin int ess ons men ell nte est ect ple pro wor ork lik ike ted ers res ble can ugh lly som hou'.split(' '),
);
const FREQUENT_TRIGRAM = 30;
// What each string already filed under a hash adds to its cost, in the same units.
const CROWDING = 1;

function hashOf(first: number, second: number, third: number): number {
  return Math.imul(first ^ (second << 7) ^ (third << 14), 0x9e3779b1) >>> (32 - HASH_BITS);
}

export class LiteralIndex {
  private readonly literals: readonly string[];
  /** Per window hash, the first literal filed under it; `chain` links the rest. */
  private readonly heads = new Int32Array(1 << HASH_BITS).fill(NONE);
  /** Literals shorter than a window. */
  private readonly short: number[] = [];
  private readonly chain: Int32Array;
  /** Per literal, where in it the three characters it is filed under start. */
  private readonly offset: Int32Array;
  /** Per literal, its first and last character codes: comparing two codes is far cheaper than `startsWith`. */
  private readonly firstCode: Int32Array;
  private readonly lastCode: Int32Array;
  /** Per literal, the pass that last found it: saves clearing a table for every text. */
  private readonly foundInPass: Int32Array;
  private pass = 0;

  constructor(literals: readonly string[]) {
    this.literals = literals;
    this.chain = new Int32Array(literals.length).fill(NONE);
    this.offset = new Int32Array(literals.length);
    this.firstCode = Int32Array.from(literals, (literal) => literal.charCodeAt(0));
    this.lastCode = Int32Array.from(literals, (literal) => literal.charCodeAt(literal.length - 1));
    this.foundInPass = new Int32Array(literals.length);
    const filed = new Map<number, number>();
    literals.forEach((literal, id) => {
      if (literal.length < 3) {
        this.short.push(id);
        return;
      }
      let best = { hash: 0, offset: 0, cost: Number.POSITIVE_INFINITY };
      for (let offset = 0; offset + 3 <= literal.length; offset += 1) {
        const hash = hashOf(literal.charCodeAt(offset), literal.charCodeAt(offset + 1), literal.charCodeAt(offset + 2));
        const window = literal.slice(offset, offset + 3);
        let cost = CROWDING * (filed.get(hash) ?? 0) + (FREQUENT_TRIGRAMS.has(window) ? FREQUENT_TRIGRAM : 0);
        for (const char of window) cost += COMMON[char] ?? 0;
        if (cost < best.cost) best = { hash, offset, cost };
      }
      filed.set(best.hash, (filed.get(best.hash) ?? 0) + 1);
      this.offset[id] = best.offset;
      this.chain[id] = this.heads[best.hash] as number;
      this.heads[best.hash] = id;
    });
  }

  /** The literals the text contains, by their position in the constructor's list, each once. */
  occurrences(text: string): number[] {
    const found: number[] = [];
    const pass = (this.pass = (this.pass % 0x7fffffff) + 1);
    // Locals rather than fields: this loop runs for every character of every item.
    const { heads, chain, literals, foundInPass, offset, firstCode, lastCode } = this;
    let first = text.charCodeAt(0);
    let second = text.charCodeAt(1);
    for (let end = 2; end < text.length; end += 1) {
      const third = text.charCodeAt(end);
      for (let id = heads[hashOf(first, second, third)] as number; id !== NONE; id = chain[id] as number) {
        const literal = literals[id] as string;
        const start = end - 2 - (offset[id] as number);
        if (
          start >= 0 &&
          firstCode[id] === text.charCodeAt(start) &&
          lastCode[id] === text.charCodeAt(start + literal.length - 1) &&
          foundInPass[id] !== pass &&
          text.startsWith(literal, start)
        ) {
          foundInPass[id] = pass;
          found.push(id);
        }
      }
      first = second;
      second = third;
    }
    for (const id of this.short) if (text.includes(literals[id] as string)) found.push(id);
    return found;
  }
}
