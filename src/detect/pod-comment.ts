// Pod comments: generic praise that would fit under any post, left to lift a post in the feed.
import { podPraise, podReach } from './phrases/compiled';
import type { RuleWeights, Signal } from './score';
import { quote, type TextView } from './text-view';
import type { Item } from './types';

// Set by hand: the real comments gathered so far (data/corpus, ninth pass) are too few to fit on.
// Praise alone stays below 'low' at 'balanced'; praise with next to nothing else is 'high', and so is a
// comment that says it is there for the post's reach ("CFBR"): that is what a pod comment is for.
export const POD_COMMENT_WEIGHTS: RuleWeights = {
  bias: -2.5,
  rules: { 'generic-praise': 1.5, 'no-reference': 2.5, 'comment-for-reach': 4 },
};

const MAX_SPECIFIC_WORDS = 1;
// A congratulation answers someone's news ("Congrats Maria!" under a job change): naming the person
// is the reference, so no leftover word at all is allowed before it counts as saying nothing.
const CONGRATULATION = /congrat|gratulier|glückwunsch|félicitation|felicidades|enhorabuena/;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'-]*/gu;
// "Great question!" answers someone in the thread, not the post: a reply, however short.
const ANSWERS_A_QUESTION = /\b(?:great|good|interesting|fair|excellent|nice) question/;
// Filler around praise in the four languages: what is left after removing it is what the comment
// says about the post.
const FILLER = new Set(
  'the this that is it its a an and so such really very much just for you your i me my we our all of to what one post share sharing article thanks thank truly indeed great quite again here as always dear team man sir mam madam friend friends everyone das der die ist ein eine und so sehr wirklich für dich sie le la les est un une et très vraiment pour vous tu el la es un una y muy realmente para tu usted'.split(' '),
);

// "CFBR" stands beside a word or two ("Interesting, CFBR"); a comment that goes on is about reach itself.
const MAX_WORDS_BESIDE_REACH = 2;

/** Words left once praise, reach talk, filler and the tagged names are taken out: what the comment says about the post. */
function specificWords(item: Item, view: TextView): number {
  let rest = podReach.strip(podPraise.strip(view.lower));
  for (const person of item.mentions) rest = rest.split(person.name.toLowerCase()).join(' ');
  let count = 0;
  for (const word of rest.match(WORD) ?? []) if (!FILLER.has(word)) count += 1;
  return count;
}

export function podCommentSignals(item: Item, view: TextView): Signal[] {
  if (ANSWERS_A_QUESTION.test(view.lower)) return [];
  const [reach] = podReach.find(view.lower, 1);
  const [praise] = podPraise.find(view.lower, 1);
  if (reach === undefined && praise === undefined) return [];
  const leftover = specificWords(item, view);
  const signals: Signal[] = [];
  if (reach !== undefined && leftover <= MAX_WORDS_BESIDE_REACH) {
    signals.push({ code: 'comment-for-reach', text: `Comments for the post's reach: ${quote(reach)}` });
  }
  if (praise === undefined) return signals;
  signals.push({ code: 'generic-praise', text: `Generic praise: ${quote(praise)}` });
  // One leftover word is allowed ("Great insights John!"); two or more may be about the post.
  const allowed = CONGRATULATION.test(view.lower) ? 0 : MAX_SPECIFIC_WORDS;
  if (leftover <= allowed) {
    signals.push({ code: 'no-reference', text: 'Says nothing about the post itself' });
  }
  return signals;
}
