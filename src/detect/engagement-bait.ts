// Engagement bait: a post built to farm reactions rather than to say something.
import { baitPhrases } from './phrases/compiled';
import type { EngagementBaitPhrases } from './phrases/phrase-set';
import type { RuleWeights, Signal } from './score';
import { quote, type TextView } from './text-view';
import { TUNED_WEIGHTS } from './tuned-weights';
import type { Item } from './types';

const PHRASE_SIGNALS: readonly { key: keyof EngagementBaitPhrases; code: string; label: string }[] = [
  { key: 'agree', code: 'bait-agree', label: 'Fishes for agreement' },
  { key: 'commentKeyword', code: 'bait-comment-keyword', label: 'Trades a reward for a comment' },
  { key: 'commentPrompt', code: 'bait-comment', label: 'Asks for comments' },
  { key: 'repost', code: 'bait-repost', label: 'Asks for reposts' },
  { key: 'follow', code: 'bait-follow', label: 'Asks for follows' },
  { key: 'linkInComments', code: 'bait-link-in-comments', label: 'Link held back in the comments' },
  { key: 'tagSomeone', code: 'bait-tag-someone', label: 'Asks to tag someone' },
  { key: 'saveOrLike', code: 'bait-like-save', label: 'Asks for likes or saves' },
];

// Scraped posts often read "hashtag#ai" where the page had a link; count both spellings.
const HASHTAG = /(?:^|[^\p{L}\p{N}_&]|hashtag)#[\p{L}\p{N}_]+/gu;
const HASHTAG_STUFFING = 6;
const BROETRY_MIN_LINES = 8;
const BROETRY_SHARE = 0.75;
const SHORT_LINE_WORDS = 14;
const SENTENCE_END = /[.!?…](?:\s|$)/g;

export const ENGAGEMENT_BAIT_WEIGHTS: RuleWeights = TUNED_WEIGHTS['engagement-bait'];

/** Every rule code this detector can emit. */
export const ENGAGEMENT_BAIT_RULES: readonly string[] = [...PHRASE_SIGNALS.map(({ code }) => code), 'hashtag-stuffing', 'broetry'];

function countHashtags(item: Item, text: string): number {
  const inText = text.includes('#') ? (text.match(HASHTAG)?.length ?? 0) : 0;
  return Math.max(inText, item.hashtags.length);
}

// "Broetry": one short sentence per line, many lines, so each line reads as a hook.
function isBroetry(text: string): boolean {
  let breaks = 0;
  for (let at = text.indexOf('\n'); at !== -1 && breaks < BROETRY_MIN_LINES; at = text.indexOf('\n', at + 1)) breaks += 1;
  if (breaks < BROETRY_MIN_LINES - 1) return false;
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
  if (lines.length < BROETRY_MIN_LINES) return false;
  let short = 0;
  for (const line of lines) {
    const words = line.split(' ').length;
    const sentences = line.match(SENTENCE_END)?.length ?? 0;
    if (words <= SHORT_LINE_WORDS && sentences <= 1) short += 1;
  }
  return short / lines.length >= BROETRY_SHARE;
}

export function engagementBaitSignals(item: Item, view: TextView): Signal[] {
  const signals: Signal[] = [];
  const found = baitPhrases.find(view.lower, 1);
  for (const { key, code, label } of PHRASE_SIGNALS) {
    const [match] = found.get(key) ?? [];
    if (match !== undefined) signals.push({ code, text: `${label}: ${quote(match)}` });
  }
  const hashtags = countHashtags(item, view.raw);
  if (hashtags >= HASHTAG_STUFFING) signals.push({ code: 'hashtag-stuffing', text: `Uses ${hashtags} hashtags` });
  if (isBroetry(view.raw)) signals.push({ code: 'broetry', text: 'One short sentence per line' });
  return signals;
}
