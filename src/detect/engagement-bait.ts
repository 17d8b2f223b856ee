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

// Scraped posts often read "hashtag#ai" where the page had a link, or "hashtag" and "#ai", or "hashtag",
// "#" and "ai" on lines of their own; count every spelling.
const HASHTAG_NAME = /[\p{L}\p{N}_]+/uy;
// Before a '#', these make it part of a word ("C#") or an HTML entity ("&#39;"), not a hashtag.
const GLUED_BEFORE_HASH = /^[\p{L}\p{N}_&]$/u;
const SCRAPED_PREFIX = 'hashtag';
const SCRAPED_LINES_PREFIX = 'hashtag\n';
const HASHTAG_STUFFING = 8;
const BROETRY_MIN_LINES = 8;
const BROETRY_SHARE = 0.75;
const SHORT_LINE_WORDS = 14;
const SPACE = 0x20;
const FULL_STOP = 0x2e;
const EXCLAMATION = 0x21;
const QUESTION = 0x3f;
const ELLIPSIS = 0x2026;
const WHITESPACE = /\s/;

export const ENGAGEMENT_BAIT_WEIGHTS: RuleWeights = TUNED_WEIGHTS['engagement-bait'];

/** Every rule code this detector can emit. */
export const ENGAGEMENT_BAIT_RULES: readonly string[] = [...PHRASE_SIGNALS.map(({ code }) => code), 'hashtag-stuffing', 'broetry'];

function codePointBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1);
  const high = text.charCodeAt(index - 2);
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return text.slice(pair ? index - 2 : index - 1, index);
}

/**
 * Hashtags in the text, counted as `/(?:^|[^\p{L}\p{N}_&]|hashtag)#[\p{L}\p{N}_]+/gu` would match
 * them, but only looking where there is a '#': that expression tried its three openings at every
 * character of a post.
 */
function hashtagsInText(text: string): number {
  let count = 0;
  // Where the last counted hashtag ended: its "hashtag" prefix cannot be reused by the next one.
  let end = 0;
  for (let hash = text.indexOf('#'); hash !== -1; hash = text.indexOf('#', hash + 1)) {
    const afterLines = hash - SCRAPED_LINES_PREFIX.length >= end && text.startsWith(SCRAPED_LINES_PREFIX, hash - SCRAPED_LINES_PREFIX.length);
    const nameOnNextLine = afterLines && text.charAt(hash + 1) === '\n';
    HASHTAG_NAME.lastIndex = nameOnNextLine ? hash + 2 : hash + 1;
    if (!HASHTAG_NAME.test(text)) continue;
    const opens =
      afterLines ||
      hash === 0 ||
      !GLUED_BEFORE_HASH.test(codePointBefore(text, hash)) ||
      (hash - SCRAPED_PREFIX.length >= end && text.startsWith(SCRAPED_PREFIX, hash - SCRAPED_PREFIX.length));
    if (!opens) continue;
    count += 1;
    end = HASHTAG_NAME.lastIndex;
  }
  return count;
}

function countHashtags(item: Item, text: string): number {
  return Math.max(hashtagsInText(text), item.hashtags.length);
}

function isSentenceEndChar(code: number): boolean {
  return code === FULL_STOP || code === EXCLAMATION || code === QUESTION || code === ELLIPSIS;
}

// At most SHORT_LINE_WORDS words (split on single spaces) and at most one sentence end (one of . ! ?
// … followed by whitespace or the end of the line), read in one pass over the character codes.
function isShortLine(line: string): boolean {
  let spaces = 0;
  let sentences = 0;
  for (let index = 0; index < line.length; index += 1) {
    const code = line.charCodeAt(index);
    if (code === SPACE) {
      if ((spaces += 1) >= SHORT_LINE_WORDS) return false;
    } else if (isSentenceEndChar(code) && (index + 1 === line.length || WHITESPACE.test(line.charAt(index + 1)))) {
      if ((sentences += 1) > 1) return false;
    }
  }
  return true;
}

// "Broetry": one short sentence per line, many lines, so each line reads as a hook. Lines are read in
// place, and the count stops as soon as too many long lines make the share unreachable.
function isBroetry(text: string): boolean {
  let lines = 0;
  let breaks = 0;
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (newline !== -1) breaks += 1;
    if (text.slice(start, end).trim().length > 0) lines += 1;
    start = end + 1;
  }
  if (breaks < BROETRY_MIN_LINES - 1 || lines < BROETRY_MIN_LINES) return false;
  const longAllowed = lines - Math.ceil(lines * BROETRY_SHARE);
  let long = 0;
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end).trim();
    if (line.length > 0 && !isShortLine(line) && (long += 1) > longAllowed) return false;
    start = end + 1;
  }
  return true;
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
