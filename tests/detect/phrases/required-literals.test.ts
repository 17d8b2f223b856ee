import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../../../src/detect/phrases/required-literals';

describe('requiredLiterals', () => {
  it.each<[string, string, readonly string[] | null]>([
    ['a plain phrase is its own requirement', 'no agenda', ['no agenda']],
    ['a short alternation is listed whole', 'hope (?:this|my) note', ['hope this note', 'hope my note']],
    ['an optional word adds nothing to look for', '(?:really )?impressed (?:by|with)', ['impressed by', 'impressed with']],
    ['a longer string holding a listed one adds nothing', 'min(?:ute)?s?', ['min']],
    ['a class breaks a stretch', 'organi[sz]ations like', ['ations like']],
    ['a repeated character is needed once, beside what follows', 'wo+w', ['ow']],
    ['escapes stand for themselves', 'results?:\\s?\\+\\d+', ['result:', 'results:']],
    ['a top-level alternation needs one of its branches', 'take the hint|bumping this', ['take the hint', 'bumping this']],
    ['a lookahead adds no characters', 'agree(?=\\?)', ['agree']],
    ['a pattern made only of classes requires nothing', '\\d+\\s?%?', null],
    ['one branch with nothing to require frees the whole pattern', 'circling back|\\d+', null],
    ['an unsupported escape is not guessed at', 'a\\cJb', null],
    ['an unbalanced pattern is not guessed at', 'no (pitch', null],
  ])('%s: %s', (_name, source, expected) => {
    expect(requiredLiterals(source)).toEqual(expected);
  });

  it('never names a string that a match can lack', () => {
    const cases: [string, string[]][] = [
      ['(?:hit|smash|tap) (?:the )?like', ['hit like', 'smash the like', 'tap like']],
      ['quick q(?:uestion)?(?: for you)?\\s?[-—–:?]', ['quick q?', 'quick question for you:', 'quick q -']],
      ['\\d+[- ]?min(?:ute)?s?(?: call| chat)?\\s?\\?', ['15 min?', '30-minutes call ?', '5mins chat?']],
      ['follow(?:ing)?[- ]up on my (?:previous |last )?(?:note|message)', ['follow-up on my note', 'following up on my last message']],
    ];
    for (const [source, matches] of cases) {
      const literals = requiredLiterals(source) ?? [];
      for (const match of matches) {
        expect(new RegExp(`^(?:${source})$`, 'u').test(match), `${source} should match ${match}`).toBe(true);
        expect(literals.some((literal) => match.includes(literal)), `${match} holds one of ${literals.join(' | ')}`).toBe(true);
      }
    }
  });
});
