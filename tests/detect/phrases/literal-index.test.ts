import { describe, expect, it } from 'vitest';
import { LiteralIndex } from '../../../src/detect/phrases/literal-index';

const found = (index: LiteralIndex, literals: readonly string[], text: string): string[] =>
  index
    .occurrences(text)
    .map((id) => literals[id] ?? '')
    .sort();

describe('LiteralIndex', () => {
  const literals = ['would love to connect', 'would like to', 'wou', 'no agenda', '👇', '+', 'réseau', 'quick call'];
  const index = new LiteralIndex(literals);

  it('finds every literal the text holds, each once, wherever it stands', () => {
    expect(found(index, literals, 'would love to connect? would love to connect! no agenda 👇 +1')).toEqual(['+', 'no agenda', 'wou', 'would love to connect', '👇'].sort());
    expect(found(index, literals, 'mon réseau')).toEqual(['réseau']);
    expect(found(index, literals, 'no agenda')).toEqual(['no agenda']);
  });

  it('tells literals that share their first characters apart', () => {
    expect(found(index, literals, 'i would like to know')).toEqual(['wou', 'would like to']);
    expect(found(index, literals, 'i would lo')).toEqual(['wou']);
  });

  it('finds nothing in text without them, and copes with empty and tiny text', () => {
    expect(found(index, literals, 'thanks for the notes from yesterday')).toEqual([]);
    expect(found(index, literals, '')).toEqual([]);
    expect(found(index, literals, 'wo')).toEqual([]);
    expect(found(index, literals, '+')).toEqual(['+']);
  });

  it('starts afresh for every text', () => {
    expect(found(index, literals, 'quick call')).toEqual(['quick call']);
    expect(found(index, literals, 'a slow call')).toEqual([]);
  });

  it('agrees with includes() on many literals and texts', () => {
    const words = ['the', 'quick', 'call', 'would', 'love', 'to', 'connect', 'no', 'agenda', 'é', '👇', 'réseau', 'a'];
    const many = [...new Set(words.flatMap((first) => words.map((second) => `${first} ${second}`)))];
    const manyIndex = new LiteralIndex(many);
    let seed = 3;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let round = 0; round < 300; round += 1) {
      const text = Array.from({ length: 1 + next(12) }, () => words[next(words.length)]).join(next(2) === 0 ? ' ' : '  ');
      expect(found(manyIndex, many, text)).toEqual(many.filter((literal) => text.includes(literal)).sort());
    }
  });
});
