// Which of a fixed set of strings occur in a text, in one pass over it. Each string of three or more
// characters is filed under a hash of its first three; the pass hashes every three-character window
// and compares only the few strings filed there. A few hundred `includes` calls would read the text a
// few hundred times; the few shorter strings (emoji, "+") are still looked for that way, since
// checking every character for them as well cost more than it saved.

const HASH_BITS = 14;
const NONE = -1;

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
  /**
   * Per literal, its fourth and fifth character codes (NONE past its end): literals filed together
   * often share their first three characters ("would …"), and comparing two codes is far cheaper than
   * calling `startsWith`.
   */
  private readonly fourth: Int32Array;
  private readonly fifth: Int32Array;
  /** Per literal, the pass that last found it: saves clearing a table for every text. */
  private readonly foundInPass: Int32Array;
  private pass = 0;

  constructor(literals: readonly string[]) {
    this.literals = literals;
    this.chain = new Int32Array(literals.length).fill(NONE);
    this.fourth = Int32Array.from(literals, (literal) => (literal.length > 3 ? literal.charCodeAt(3) : NONE));
    this.fifth = Int32Array.from(literals, (literal) => (literal.length > 4 ? literal.charCodeAt(4) : NONE));
    this.foundInPass = new Int32Array(literals.length);
    literals.forEach((literal, id) => {
      if (literal.length < 3) {
        this.short.push(id);
        return;
      }
      const hash = hashOf(literal.charCodeAt(0), literal.charCodeAt(1), literal.charCodeAt(2));
      this.chain[id] = this.heads[hash] as number;
      this.heads[hash] = id;
    });
  }

  /** The literals the text contains, by their position in the constructor's list, each once. */
  occurrences(text: string): number[] {
    const found: number[] = [];
    const pass = (this.pass = (this.pass % 0x7fffffff) + 1);
    // Locals rather than fields: this loop runs for every character of every item.
    const { heads, chain, literals, foundInPass, fourth, fifth } = this;
    let first = text.charCodeAt(0);
    let second = text.charCodeAt(1);
    for (let end = 2; end < text.length; end += 1) {
      const third = text.charCodeAt(end);
      for (let id = heads[hashOf(first, second, third)] as number; id !== NONE; id = chain[id] as number) {
        const next = fourth[id] as number;
        const after = fifth[id] as number;
        if (
          (next === NONE || next === text.charCodeAt(end + 1)) &&
          (after === NONE || after === text.charCodeAt(end + 2)) &&
          foundInPass[id] !== pass &&
          text.startsWith(literals[id] as string, end - 2)
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
