// Which of a fixed set of strings occur in a text, in one pass over it. Each string is filed under a
// hash of its first three characters; the pass hashes every three-character window and compares only
// the few strings filed there. A few hundred `includes` calls would read the text a few hundred times.

const HASH_BITS = 14;
const NONE = -1;

function hashOf(first: number, second: number, third: number): number {
  return Math.imul(first ^ (second << 7) ^ (third << 14), 0x9e3779b1) >>> (32 - HASH_BITS);
}

export class LiteralIndex {
  private readonly literals: readonly string[];
  /** Per hash, the first literal filed under it; `chain` links the rest. */
  private readonly heads = new Int32Array(1 << HASH_BITS).fill(NONE);
  private readonly chain: Int32Array;
  /** Literals shorter than a window, looked for one by one. */
  private readonly short: number[] = [];
  /** Per literal, the pass that last found it: saves clearing a table for every text. */
  private readonly foundInPass: Int32Array;
  private pass = 0;

  constructor(literals: readonly string[]) {
    this.literals = literals;
    this.chain = new Int32Array(literals.length).fill(NONE);
    this.foundInPass = new Int32Array(literals.length);
    literals.forEach((literal, id) => {
      if (literal.length < 3) {
        this.short.push(id);
        return;
      }
      const hash = hashOf(literal.charCodeAt(0), literal.charCodeAt(1), literal.charCodeAt(2));
      this.chain[id] = this.heads[hash] ?? NONE;
      this.heads[hash] = id;
    });
  }

  /** The literals the text contains, by their position in the constructor's list, each once. */
  occurrences(text: string): number[] {
    const found: number[] = [];
    const pass = (this.pass = (this.pass % 0x7fffffff) + 1);
    let first = text.charCodeAt(0);
    let second = text.charCodeAt(1);
    for (let end = 2; end < text.length; end += 1) {
      const third = text.charCodeAt(end);
      for (let id = this.heads[hashOf(first, second, third)] ?? NONE; id !== NONE; id = this.chain[id] ?? NONE) {
        if (this.foundInPass[id] !== pass && text.startsWith(this.literals[id] ?? '', end - 2)) {
          this.foundInPass[id] = pass;
          found.push(id);
        }
      }
      first = second;
      second = third;
    }
    for (const id of this.short) if (text.includes(this.literals[id] ?? '')) found.push(id);
    return found;
  }
}
