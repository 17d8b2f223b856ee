// What a phrase pattern cannot match without: a few plain strings, one of which every match contains.
// A text holding none of them cannot match, so the pattern need not run on it at all. Phrase lists
// are data written by hand, so this reads their regular-expression source rather than asking for a
// second, hand-kept list that could drift from it.

// `min` and `max` are how often the quantifier after the atom lets it occur (1 and 1 without one).
type Term =
  | { kind: 'char'; value: string; min: number; max: number }
  | { kind: 'group'; branches: Term[][]; min: number; max: number }
  | { kind: 'other' };

// Past this many strings a set costs more to look for than it saves.
const MAX_STRINGS = 48;

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
      const quantifier = this.quantifier();
      if (quantifier === null || atom.kind === 'other') terms.push(atom);
      else terms.push({ ...atom, ...quantifier });
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
        return { kind: 'char', value: char, min: 1, max: 1 };
    }
  }

  private escape(): Term {
    const next = this.source[this.at];
    if (next === undefined) throw new Error('pattern ends with "\\"');
    this.at += 1;
    if (SYNTAX_ESCAPES.has(next)) return { kind: 'char', value: next, min: 1, max: 1 };
    const control = CONTROL_ESCAPES[next];
    if (control !== undefined) return { kind: 'char', value: control, min: 1, max: 1 };
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
    return lookaround ? { kind: 'other' } : { kind: 'group', branches, min: 1, max: 1 };
  }

  /** The repeats the quantifier after an atom allows, or null when there is none. */
  private quantifier(): { min: number; max: number } | null {
    const char = this.source[this.at];
    let bounds: { min: number; max: number } | null = null;
    if (char === '?') bounds = { min: 0, max: 1 };
    else if (char === '*') bounds = { min: 0, max: Number.POSITIVE_INFINITY };
    else if (char === '+') bounds = { min: 1, max: Number.POSITIVE_INFINITY };
    else if (char === '{') {
      const close = this.source.indexOf('}', this.at);
      const parts = /^\{(\d+)(,(\d*))?\}$/.exec(this.source.slice(this.at, close + 1));
      if (close === -1 || !parts) throw new Error(`bad quantifier at ${this.at}`);
      const min = Number(parts[1]);
      bounds = { min, max: parts[2] === undefined ? min : parts[3] ? Number(parts[3]) : Number.POSITIVE_INFINITY };
      this.at = close;
    }
    if (bounds === null) return null;
    this.at += 1;
    if (this.source[this.at] === '?') this.at += 1;
    return bounds;
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

// A set is only as selective as its shortest string, and past a word or so length adds little;
// fewer strings are cheaper to look for.
const SELECTIVE_LENGTH = 8;

function better(a: readonly string[] | null, b: readonly string[]): readonly string[] {
  if (a === null) return b;
  const shortestA = Math.min(...a.map((literal) => literal.length));
  const shortestB = Math.min(...b.map((literal) => literal.length));
  const selectiveA = Math.min(shortestA, SELECTIVE_LENGTH);
  const selectiveB = Math.min(shortestB, SELECTIVE_LENGTH);
  if (selectiveA !== selectiveB) return selectiveA > selectiveB ? a : b;
  if (a.length !== b.length) return a.length < b.length ? a : b;
  return shortestA >= shortestB ? a : b;
}

// A text that holds "min call" holds "min": the longer string adds nothing to look for.
function withoutContaining(strings: readonly string[]): string[] {
  return strings.filter((string) => !strings.some((other) => other !== string && string.includes(other)));
}

function product(left: readonly string[], right: readonly string[]): string[] | null {
  if (left.length * right.length > MAX_STRINGS) return null;
  return [...new Set(left.flatMap((head) => right.map((tail) => head + tail)))];
}

/** Every string the term can match, when there are few enough to list; '' when it may match nothing. */
function exactly(term: Term): string[] | null {
  if (term.kind === 'other' || term.max > 1) return null;
  const strings = term.kind === 'char' ? [term.value] : exactlyAny(term.branches);
  if (strings === null) return null;
  return term.min === 0 ? [...new Set(['', ...strings])] : strings;
}

function exactlyAny(branches: readonly (readonly Term[])[]): string[] | null {
  const union = new Set<string>();
  for (const branch of branches) {
    let strings: string[] | null = [''];
    for (const term of branch) {
      const next = exactly(term);
      strings = next === null ? null : product(strings, next);
      if (strings === null) return null;
    }
    for (const string of strings) union.add(string);
  }
  return union.size > MAX_STRINGS ? null : [...union];
}

function ofBranches(branches: readonly (readonly Term[])[]): readonly string[] | null {
  const union = new Set<string>();
  for (const branch of branches) {
    const literals = ofSequence(branch);
    if (literals === null) return null;
    for (const literal of literals) union.add(literal);
  }
  return union.size > MAX_STRINGS ? null : [...union];
}

// Every match of a sequence holds, for each stretch of terms whose strings can be listed, one of the
// stretch's strings ("hope (?:this|my) note" → "hope this note", "hope my note"); and for each group
// that must occur, one of that group's required strings. The most selective of those is kept.
function ofSequence(terms: readonly Term[]): readonly string[] | null {
  let best: readonly string[] | null = null;
  let stretch: string[] = [''];
  const endStretch = (): void => {
    if (!stretch.includes('')) best = better(best, withoutContaining(stretch));
    stretch = [''];
  };
  for (const term of terms) {
    const strings = exactly(term);
    // A term alone can be more selective than the stretch it extends, with fewer strings.
    if (strings !== null && !strings.includes('')) best = better(best, withoutContaining(strings));
    if (strings !== null) {
      const longer = product(stretch, strings);
      if (longer !== null) {
        stretch = longer;
        continue;
      }
      endStretch();
      stretch = strings;
      continue;
    }
    endStretch();
    if (term.kind === 'other' || term.min === 0) continue;
    if (term.kind === 'char') {
      // "a+" holds "a" once right after what came before and once right before what follows.
      stretch = [term.value];
      continue;
    }
    const required = ofBranches(term.branches);
    if (required !== null) best = better(best, withoutContaining(required));
  }
  endStretch();
  return best;
}

/**
 * Strings one of which every match of the pattern contains, or null when none can be named (the
 * pattern must then always run). Reads the source as a 'u' regular expression.
 */
export function requiredLiterals(source: string): readonly string[] | null {
  try {
    return ofBranches(new SourceParser(source).parse());
  } catch {
    return null;
  }
}
