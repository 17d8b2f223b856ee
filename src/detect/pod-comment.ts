// Pod comments: generic praise that would fit under any post, left to lift a post in the feed.
import { podPraise } from './phrases/compiled';
import type { RuleWeights, Signal } from './score';
import { quote, type TextView } from './text-view';
import type { Item } from './types';

// Set by hand: no labelled public set of comments. Praise alone stays below 'low' at 'balanced';
// praise with next to nothing else is 'high'.
export const POD_COMMENT_WEIGHTS: RuleWeights = {
  bias: -2.5,
  rules: { 'generic-praise': 1.5, 'no-reference': 2.5 },
};

const MAX_SPECIFIC_WORDS = 1;
// A congratulation answers someone's news ("Congrats Maria!" under a job change): naming the person
// is the reference, so no leftover word at all is allowed before it counts as saying nothing.
const CONGRATULATION = /congrat|gratulier|glückwunsch|félicitation|felicidades|enhorabuena/;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'-]*/gu;
// Filler around praise in the four languages: what is left after removing it is what the comment
// says about the post.
const FILLER = new Set(
  'the this that is it its a an and so such really very much just for you your i me my we our all of to what one post share sharing article thanks thank truly indeed great quite again here as always dear team man sir mam madam friend friends everyone das der die ist ein eine und so sehr wirklich für dich sie le la les est un une et très vraiment pour vous tu el la es un una y muy realmente para tu usted'.split(' '),
);

function specificWords(item: Item, view: TextView): number {
  let rest = podPraise.strip(view.lower);
  for (const person of item.mentions) rest = rest.split(person.name.toLowerCase()).join(' ');
  let count = 0;
  for (const word of rest.match(WORD) ?? []) if (!FILLER.has(word)) count += 1;
  return count;
}

export function podCommentSignals(item: Item, view: TextView): Signal[] {
  const [praise] = podPraise.find(view.lower, 1);
  if (praise === undefined) return [];
  const signals: Signal[] = [{ code: 'generic-praise', text: `Generic praise: ${quote(praise)}` }];
  // One leftover word is allowed ("Great insights John!"); two or more may be about the post.
  const allowed = CONGRATULATION.test(view.lower) ? 0 : MAX_SPECIFIC_WORDS;
  if (specificWords(item, view) <= allowed) {
    signals.push({ code: 'no-reference', text: 'Says nothing about the post itself' });
  }
  return signals;
}
