import { describe, expect, it } from 'vitest';
import { PhraseAlternation, type PhraseMatch } from '../../../src/detect/phrases/phrase-alternation';

// What the joined expression finds, scanning on after each match as the matchers do.
function joined(sources: readonly string[], text: string): PhraseMatch[] {
  const pattern = new RegExp(sources.map((source, index) => `(?<a${index}>${source})`).join('|').replace(/^(.*)$/, '(?:$1)(?![\\p{L}\\p{N}])'), 'gu');
  const matches: PhraseMatch[] = [];
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const groups = match.groups ?? {};
    const alternative = sources.findIndex((_, index) => groups[`a${index}`] !== undefined);
    matches.push({ index: match.index, alternative, text: match[0] });
    pattern.lastIndex = match.index + Math.max(1, match[0].length);
  }
  return matches;
}

function merged(sources: readonly string[], text: string): PhraseMatch[] {
  const scan = new PhraseAlternation(sources).scan(text);
  const matches: PhraseMatch[] = [];
  let match: PhraseMatch | null;
  let from = 0;
  while ((match = scan.next(from)) !== null) {
    matches.push(match);
    from = match.index + Math.max(1, match.text.length);
  }
  return matches;
}

describe('PhraseAlternation', () => {
  const sources = ['quick call', 'quick (?:chat|call)', 'call', 'follow (?:me )?for more', '\\d+ min', 'no agenda', '👇', 'agree\\s?\\?'];

  it.each([
    'Quick call? quick call, no agenda 👇',
    'a quick chat or a call, 15 min, follow me for more',
    'agree? agree ? agreed',
    'callback recall call',
    'nothing to see here',
    '',
  ])('matches as the joined expression would: %j', (raw) => {
    const text = raw.toLowerCase();
    expect(merged(sources, text)).toEqual(joined(sources, text));
  });

  it('gives a position to the earlier alternative when two match there', () => {
    const [first] = merged(sources, 'quick call');
    expect(first).toEqual({ index: 0, alternative: 0, text: 'quick call' });
  });

  it('does not end a phrase inside a word', () => {
    expect(merged(['call'], 'callback')).toEqual([]);
  });

  it('says when no alternative can match, before running any', () => {
    const alternation = new PhraseAlternation(sources);
    expect(alternation.scan('thanks for the notes').empty).toBe(true);
    expect(alternation.scan('no agenda').empty).toBe(false);
  });
});
