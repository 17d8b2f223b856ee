// Near-duplicate fingerprints of message text: the same template sent by several people reads
// alike once names, companies, numbers and links are masked. The extension stores the fingerprint,
// never the text, so a 64-bit SimHash (Charikar 2002) over word shingles is all that is kept.
import { PLACEHOLDER_ALL } from './placeholder';
import { fnv1a, murmurFinalize } from './string-hash';

/**
 * Texts with fewer real words than this get no fingerprint: "ok", "thanks!" are never a template, and
 * neither are the courtesies LinkedIn suggests and many people send alike ("Happy birthday! Hope you
 * have a great day!", 8 words; "Thanks for connecting! Looking forward to staying in touch.", 9). At
 * 10 every filled-in template of the corpora is still fingerprinted, and all but one raw one.
 */
export const MIN_FINGERPRINT_WORDS = 10;
/** Fingerprints this many bits apart or fewer are the same text (Manku et al. 2007 use 3 on web pages). */
export const NEAR_DUPLICATE_BITS = 7;

const SHINGLE_WORDS = 3;
const MASK = '#';
const LINK = /https?:\/\/\S+|www\.\S+|\S+@\S+\.\w+/g;
const NUMBER = /[$€£]?\d[\d.,:/%-]*/g;
const TOKEN = /[\p{L}\p{N}#][\p{L}\p{N}'’-]*|[.!?\n]+/gu;
// "Abhishek, I hope you accept…": a message opening on a name and a comma greets without a greeting.
const VOCATIVE = /^\s*\p{Lu}[\p{L}'’-]*,/u;
const SENTENCE_BREAK = /^[.!?\n]/;
const UPPER_START = /^\p{Lu}/u;
const ROLE_NOUNS = new Set(['intern', 'internship', 'internships', 'job', 'jobs', 'role', 'roles', 'position', 'positions', 'opportunity', 'opportunities', 'opening', 'openings']);
const GREETINGS = new Set(['hi', 'hey', 'hello', 'dear', 'hallo', 'bonjour', 'hola', 'salut', 'thanks', 'congrats']);

/** Words with names, companies, numbers, links and placeholders masked, and how many words were real. */
function maskedWords(text: string): { words: string[]; real: number } {
  const cleaned = text.replace(VOCATIVE, ' ').replace(PLACEHOLDER_ALL, ` ${MASK} `).replace(LINK, ` ${MASK} `).replace(NUMBER, ` ${MASK} `);
  const words: string[] = [];
  let real = 0;
  let sentenceStart = true;
  let afterGreeting = false;
  for (const token of cleaned.match(TOKEN) ?? []) {
    if (SENTENCE_BREAK.test(token)) {
      sentenceStart = true;
      continue;
    }
    const lower = token.toLowerCase();
    // A capitalised word inside a sentence is a name or a company; so is the word after "Hi".
    const isName = token !== 'I' && ((!sentenceStart && UPPER_START.test(token)) || afterGreeting);
    const masked = isName || token.startsWith(MASK);
    if (!masked) real += 1;
    const greeting = GREETINGS.has(lower);
    const previous = words[words.length - 1];
    // "Hi Sajiah," and "Hi ," open the same blast: the greeting and its name are left out. A job
    // title is a run of capitalised words, sometimes with its noun in lower case ("Data Science
    // intern", "Data Science Intern opportunity"): a run of masks and role nouns is one mask.
    const leftOut = (greeting && sentenceStart) || (masked && afterGreeting);
    if (!leftOut) {
      const word = masked || (previous === MASK && ROLE_NOUNS.has(lower)) ? MASK : lower;
      if (word !== MASK || previous !== MASK) words.push(word);
    }
    afterGreeting = greeting;
    sentenceStart = false;
  }
  return { words, real };
}

// Two independent 32-bit string hashes (FNV-1a, and FNV-1a from another basis through murmur3's
// finaliser) make the 64 bits without BigInt.
function hex32(value: number): string {
  return value.toString(16).padStart(8, '0');
}

/** 16 hex characters, or '' when the text is too short to be a template. */
export function textFingerprint(text: string): string {
  const { words, real } = maskedWords(text);
  if (real < MIN_FINGERPRINT_WORDS) return '';
  const counts = new Int32Array(64);
  const last = Math.max(1, words.length - SHINGLE_WORDS + 1);
  // Each shingle counts once: a shingle repeated through a text (a signature, a quoted line) would
  // otherwise outweigh the rest, and texts that repeat the same one would fingerprint alike.
  const shingles = new Set<string>();
  for (let i = 0; i < last; i += 1) shingles.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  for (const shingle of shingles) {
    const low = fnv1a(shingle);
    const high = murmurFinalize(fnv1a(shingle, 0x050c5d1f));
    for (let bit = 0; bit < 32; bit += 1) {
      counts[bit] = (counts[bit] ?? 0) + ((low >>> bit) & 1 ? 1 : -1);
      counts[bit + 32] = (counts[bit + 32] ?? 0) + ((high >>> bit) & 1 ? 1 : -1);
    }
  }
  let low = 0;
  let high = 0;
  for (let bit = 0; bit < 32; bit += 1) {
    if ((counts[bit] ?? 0) > 0) low |= 1 << bit;
    if ((counts[bit + 32] ?? 0) > 0) high |= 1 << bit;
  }
  return hex32(high >>> 0) + hex32(low >>> 0);
}

function popcount32(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

/** Bits that differ between two fingerprints; Infinity when either is empty. */
export function fingerprintDistance(a: string, b: string): number {
  if (a.length !== 16 || b.length !== 16) return Number.POSITIVE_INFINITY;
  const high = parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16);
  const low = parseInt(a.slice(8), 16) ^ parseInt(b.slice(8), 16);
  return popcount32(high) + popcount32(low);
}

export function isNearDuplicateFingerprint(a: string, b: string): boolean {
  return fingerprintDistance(a, b) <= NEAR_DUPLICATE_BITS;
}

export function isNearDuplicate(a: string, b: string): boolean {
  return isNearDuplicateFingerprint(textFingerprint(a), textFingerprint(b));
}
