// The words a "reads like outreach" model looks at: word uni- and bigrams (and word stems) of a message, with names,
// companies, numbers, links and placeholders masked, so a filled-in template and its raw form share
// their features. Each n-gram is hashed into a small table (the hashing trick): the model ships as
// weights, never as a vocabulary. The text is read once, character by character, with integer
// hashes and no regular expression, because this runs on every message the user receives.
import { FNV_BASIS, FNV_PRIME, fnv1a, murmurFinalize } from './string-hash';

export const OUTREACH_TABLE_BITS = 14;
export const OUTREACH_TABLE_SIZE = 1 << OUTREACH_TABLE_BITS;
/**
 * Longer texts are read up to this many n-grams (about 150 words): a template says what it is in its
 * first lines, and three in four are under 50 words.
 */
export const MAX_OUTREACH_GRAMS = 300;

const TABLE_MASK = OUTREACH_TABLE_SIZE - 1;
const BIGRAM_SALT = 0x9e3779b1;
const STEM_SALT = 0x27d4eb2f;
// A longer word also counts by its first letters, so "helping", "helped" and "helps", or "conectar"
// and "conectemos", share a weight; cross-validated, four letters generalised best (five and six close).
const STEM_LETTERS = 4;
// The longest placeholder masked as one token: "[specific result you got for a similar client]".
const MAX_PLACEHOLDER = 80;

/**
 * Greetings and sign-offs are left out: the genuine corpora (stripped e-mail bodies, SMS) rarely open
 * with "Hi Maria," as LinkedIn colleagues do, so the model would learn a friendly greeting as outreach.
 * The word after a greeting is a name.
 */
const GREETING_WORDS = ['hi', 'hey', 'hello', 'dear', 'hallo', 'bonjour', 'hola', 'salut', 'servus', 'moin'];
const SIGN_OFF_WORDS = ['best', 'cheers', 'regards', 'cordialement', 'saludos', 'grüße', 'gruß'];

/** Hashed n-grams of one text, each distinct n-gram once (presence, not counts). */
export interface OutreachGrams {
  /** Number of distinct n-grams in `buckets`. */
  count: number;
  /** Table bucket of each n-gram. */
  buckets: Int32Array;
  /** Where each n-gram starts and ends in the text, to quote the ones that weighed most. */
  starts: Int32Array;
  ends: Int32Array;
  /** Whether each n-gram is a bigram; only bigrams are quoted, a single word explains nothing. */
  bigram: Uint8Array;
  /**
   * Eight more bits of each n-gram's hash than its bucket holds (1–255). Many n-grams share a bucket;
   * the model keeps the check byte of the one that taught the bucket its weight, and reads and quotes
   * an n-gram only when it is that one, not a stranger that happens to land in a weighted bucket.
   */
  checks: Uint8Array;
  /** Real (unmasked) words read. */
  words: number;
}

export function emptyOutreachGrams(): OutreachGrams {
  return {
    count: 0,
    buckets: new Int32Array(MAX_OUTREACH_GRAMS),
    starts: new Int32Array(MAX_OUTREACH_GRAMS),
    ends: new Int32Array(MAX_OUTREACH_GRAMS),
    bigram: new Uint8Array(MAX_OUTREACH_GRAMS),
    checks: new Uint8Array(MAX_OUTREACH_GRAMS),
    words: 0,
  };
}

// Greeting and sign-off hashes by their low bits, so the common case (an ordinary word) costs one
// array read rather than a set lookup per word.
const GREETING = 1;
const SIGN_OFF = 2;
const KIND_BITS = 1023;
const wordKinds = new Uint8Array(KIND_BITS + 1);
const wordHashes = new Map<number, number>();
for (const [words, kind] of [[GREETING_WORDS, GREETING], [SIGN_OFF_WORDS, SIGN_OFF]] as const) {
  for (const word of words) {
    const hash = fnv1a(word);
    wordKinds[hash & KIND_BITS] = 1;
    wordHashes.set(hash, kind);
  }
}

function kindOf(hash: number): number {
  return wordKinds[hash & KIND_BITS] === 0 ? 0 : (wordHashes.get(hash) ?? 0);
}

function isUpper(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7);
}

// Latin letters with their accents, enough for English, German, French and Spanish; anything else
// (punctuation, emoji, other scripts) separates words.
function isLetter(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  );
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0;
}

function lowerCode(code: number): number {
  return isUpper(code) ? code + 32 : code;
}

// Past an opening brace or bracket, where the placeholder closes; -1 when it does not.
function placeholderEnd(text: string, open: number): number {
  const close = text.charCodeAt(open) === 123 ? 125 : 93;
  const limit = Math.min(text.length, open + MAX_PLACEHOLDER);
  for (let i = open + 1; i < limit; i += 1) {
    const code = text.charCodeAt(i);
    if (code === close) return text.charCodeAt(i + 1) === close ? i + 2 : i + 1;
    if (code === 10) return -1;
  }
  return -1;
}

function nextSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isSpace(text.charCodeAt(i))) i += 1;
  return i;
}

// A word running into '@', '/', '://' or '.x' is part of a link or an address.
function isLinkTail(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code === 64 || code === 47) return true;
  if (code === 58) return text.charCodeAt(at + 1) === 47;
  return code === 46 && isLetter(text.charCodeAt(at + 1));
}

// A capitalised word inside a sentence is a name or a company ("I" aside). At the start of a line a
// word standing alone ("Kenji," "Duncan") or before another capitalised word ("Daniel Weber") is a
// name too: filled-in templates open and sign off that way.
function looksLikeName(text: string, start: number, end: number, sentenceStart: boolean): boolean {
  const first = text.charCodeAt(start);
  if (!isUpper(first)) return false;
  if (!sentenceStart) return !(end - start === 1 && first === 73);
  const after = text.charCodeAt(end);
  if (end >= text.length || after === 44 || after === 10 || after === 13) return true;
  return after === 32 && isUpper(text.charCodeAt(end + 1));
}

/** Reads `text` into `grams` (reused between calls, so reading allocates nothing per message). */
export function readOutreachGrams(text: string, grams: OutreachGrams, seen: Uint32Array, stamp: number): void {
  grams.count = 0;
  grams.words = 0;
  let sentenceStart = true;
  let afterGreeting = false;
  // The previous kept word's hash and start, or -1 when a mask, a skipped word or a break sits between.
  let previous = 0;
  let previousStart = -1;
  // `hash` is the n-gram's mixed 32-bit hash: its low bits pick the bucket, its top byte is the check.
  const add = (hash: number, start: number, end: number, isBigram: boolean): void => {
    const bucket = hash & TABLE_MASK;
    if (seen[bucket] === stamp || grams.count >= MAX_OUTREACH_GRAMS) return;
    seen[bucket] = stamp;
    const index = grams.count;
    grams.buckets[index] = bucket;
    grams.starts[index] = start;
    grams.ends[index] = end;
    grams.bigram[index] = isBigram ? 1 : 0;
    // Never 0: a model's check byte 0 marks a bucket no training n-gram reached, which reads nothing.
    grams.checks[index] = hash >>> 24 || 1;
    grams.count = index + 1;
  };
  let i = 0;
  while (i < text.length && grams.count < MAX_OUTREACH_GRAMS) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 46 || code === 33 || code === 63) {
      sentenceStart = true;
      previousStart = -1;
      i += 1;
      continue;
    }
    if (code === 123 || code === 91) {
      const end = placeholderEnd(text, i);
      if (end > 0) {
        // The placeholder stands for the word after a greeting, or breaks the run like any mask.
        previousStart = -1;
        sentenceStart = false;
        afterGreeting = false;
        i = end;
        continue;
      }
    }
    if (!isLetter(code) && !isDigit(code)) {
      i += 1;
      continue;
    }
    const start = i;
    let hash = FNV_BASIS;
    let digits = false;
    let letters = 0;
    let stem = 0;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (isLetter(c)) {
        hash = Math.imul(hash ^ lowerCode(c), FNV_PRIME);
        letters += 1;
        if (letters === STEM_LETTERS) stem = hash;
      }
      else if (isDigit(c)) digits = true;
      // An apostrophe or hyphen inside a word keeps it one word: "we're", "follow-up".
      else if ((c === 39 || c === 0x2019 || c === 45) && isLetter(text.charCodeAt(i + 1))) hash = Math.imul(hash ^ (c === 45 ? 45 : 39), FNV_PRIME);
      else break;
      i += 1;
    }
    const end = i;
    hash >>>= 0;
    const link = i < text.length && isLinkTail(text, i);
    if (link) i = nextSpace(text, i);
    const isName = afterGreeting || looksLikeName(text, start, end, sentenceStart);
    const kind = kindOf(hash);
    sentenceStart = false;
    afterGreeting = kind === GREETING && !link;
    if (link || digits || isName || kind !== 0) {
      previousStart = -1;
      continue;
    }
    grams.words += 1;
    add(murmurFinalize(hash), start, end, false);
    if (letters > STEM_LETTERS) add(murmurFinalize(stem ^ STEM_SALT), start, end, false);
    if (previousStart >= 0) add(murmurFinalize(Math.imul(previous, BIGRAM_SALT) ^ hash), previousStart, end, true);
    previous = hash;
    previousStart = start;
  }
}
