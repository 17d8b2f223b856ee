// What a phrase pattern cannot match without: a few plain strings, one of which every match contains.
// A text holding none of them cannot match, so the pattern need not run on it at all. Phrase lists
// are data written by hand, so this reads their regular-expression source rather than asking for a
// second, hand-kept list that could drift from it.

// `min` is the fewest times a quantifier lets the atom occur; `repeated` says a quantifier is there.
type Term =
  | { kind: 'char'; value: string; min: number; repeated: boolean }
  | { kind: 'group'; branches: Term[][]; min: number; repeated: boolean }
  | { kind: 'other' };

// Characters that stand for themselves after a backslash in a 'u' regular expression.
const SYNTAX_ESCAPES = new Set('^$\\.*+?()[]{}|/-'.split(''));
const CONTROL_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };

class SourceParser {
  private at = 0;

  constructor(private readonly source: string) {}

  parse(): Term[][] {
    const branches = this.alternation();
    if (this.at < this.source.length) throw new Error(`unexpected ")" at ${this.at}`);
    return branches;
  }

  private alternation(): Term[][] {
    const branches: Term[][] = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at += 1;
      branches.push(this.sequence());
    }
    return branches;
  }

  private sequence(): Term[] {
    const terms: Term[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')') {
      const atom = this.atom();
      const min = this.quantifierMin();
      if (min === null || atom.kind === 'other') terms.push(atom);
      else terms.push({ ...atom, min, repeated: true });
    }
    return terms;
  }

  private atom(): Term {
    const char = String.fromCodePoint(this.source.codePointAt(this.at) ?? 0);
    this.at += char.length;
    switch (char) {
      case '\\':
        return this.escape();
      case '[':
        this.skipClass();
        return { kind: 'other' };
      case '(':
        return this.group();
      case '.':
      case '^':
      case '$':
        return { kind: 'other' };
      case '*':
      case '+':
      case '?':
      case '{':
      case ']':
      case '}':
        throw new Error(`unexpected "${char}" at ${this.at - 1}`);
      default:
        return { kind: 'char', value: char, min: 1, repeated: false };
    }
  }

  private escape(): Term {
    const next = this.source[this.at];
    if (next === undefined) throw new Error('pattern ends with "\\"');
    this.at += 1;
    if (SYNTAX_ESCAPES.has(next)) return { kind: 'char', value: next, min: 1, repeated: false };
    const control = CONTROL_ESCAPES[next];
    if (control !== undefined) return { kind: 'char', value: control, min: 1, repeated: false };
    // Classes (\d \w \s …), assertions (\b), code-point escapes and back-references: treating
    // them as unknown characters is always safe.
    if (next === 'p' || next === 'P') this.skipPast('}');
    else if (next === 'u' && this.source[this.at] === '{') this.skipPast('}');
    else if (next === 'u') this.at += 4;
    else if (next === 'x') this.at += 2;
    else if (next === 'k') this.skipPast('>');
    else if (/\d/.test(next)) while (/\d/.test(this.source[this.at] ?? '')) this.at += 1;
    else if (!'dDwWsSbB'.includes(next)) throw new Error(`unsupported escape "\\${next}"`);
    return { kind: 'other' };
  }

  private group(): Term {
    let lookaround = false;
    if (this.source[this.at] === '?') {
      const kind = this.source[this.at + 1];
      if (kind === ':') this.at += 2;
      else if (kind === '=' || kind === '!') {
        lookaround = true;
        this.at += 2;
      } else if (kind === '<' && (this.source[this.at + 2] === '=' || this.source[this.at + 2] === '!')) {
        lookaround = true;
        this.at += 3;
      } else if (kind === '<') this.skipPast('>');
      else throw new Error(`unsupported group at ${this.at}`);
    }
    const branches = this.alternation();
    if (this.source[this.at] !== ')') throw new Error('unclosed group');
    this.at += 1;
    // A lookaround matches no characters of its own.
    return lookaround ? { kind: 'other' } : { kind: 'group', branches, min: 1, repeated: false };
  }

  /** The fewest repeats the quantifier after an atom allows, or null when there is none. */
  private quantifierMin(): number | null {
    const char = this.source[this.at];
    let min: number | null = null;
    if (char === '?' || char === '*') min = 0;
    else if (char === '+') min = 1;
    else if (char === '{') {
      const close = this.source.indexOf('}', this.at);
      const bounds = /^\{(\d+)(?:,\d*)?\}$/.exec(this.source.slice(this.at, close + 1));
      if (close === -1 || !bounds) throw new Error(`bad quantifier at ${this.at}`);
      min = Number(bounds[1]);
      this.at = close;
    }
    if (min === null) return null;
    this.at += 1;
    if (this.source[this.at] === '?') this.at += 1;
    return min;
  }

  private skipClass(): void {
    while (this.at < this.source.length && this.source[this.at] !== ']') this.at += this.source[this.at] === '\\' ? 2 : 1;
    if (this.at >= this.source.length) throw new Error('unclosed character class');
    this.at += 1;
  }

  private skipPast(char: string): void {
    const end = this.source.indexOf(char, this.at);
    if (end === -1) throw new Error(`missing "${char}"`);
    this.at = end + 1;
  }
}

// A set is only as selective as its shortest string; fewer strings are cheaper to look for.
function better(a: string[], b: string[]): string[] {
  const shortestA = Math.min(...a.map((literal) => literal.length));
  const shortestB = Math.min(...b.map((literal) => literal.length));
  if (shortestA !== shortestB) return shortestA > shortestB ? a : b;
  return a.length <= b.length ? a : b;
}

function ofBranches(branches: readonly (readonly Term[])[]): string[] | null {
  const union = new Set<string>();
  for (const branch of branches) {
    const literals = ofSequence(branch);
    if (literals === null) return null;
    for (const literal of literals) union.add(literal);
  }
  return [...union];
}

// Within a sequence, every match holds each run of plain, unrepeated characters and, for each group
// that must occur, one of that group's strings; the most selective of those is kept.
function ofSequence(terms: readonly Term[]): string[] | null {
  let best: string[] | null = null;
  let run = '';
  const endRun = (): void => {
    if (run.length > 0) best = best === null ? [run] : better(best, [run]);
    run = '';
  };
  for (const term of terms) {
    if (term.kind === 'char' && term.min >= 1) {
      run += term.value;
      // "a+" or "a{1,3}": what follows need not come straight after this one character.
      if (term.repeated) endRun();
      continue;
    }
    endRun();
    if (term.kind === 'group' && term.min >= 1) {
      const literals = ofBranches(term.branches);
      if (literals !== null) best = best === null ? literals : better(best, literals);
    }
  }
  endRun();
  return best;
}

/**
 * Strings one of which every match of the pattern contains, or null when none can be named (the
 * pattern must then always run). Reads the source as a 'u' regular expression.
 */
export function requiredLiterals(source: string): string[] | null {
  try {
    return ofBranches(new SourceParser(source).parse());
  } catch {
    return null;
  }
}
