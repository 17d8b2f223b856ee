// The words a "reads like outreach" model looks at: word uni- and bigrams of the text with names,
// companies, numbers, links and placeholders masked exactly as the fingerprint masks them, so a
// filled-in template and its raw form share their features. Each n-gram is hashed into a small
// table (the hashing trick) so the model ships as a few KB of weights and never a vocabulary.
import { fnv1a, MASK, maskedWords } from './fingerprint';

export const OUTREACH_TABLE_BITS = 12;
const TABLE_MASK = (1 << OUTREACH_TABLE_BITS) - 1;
const BASIS = 0x811c9dc5;
// Greetings and masked names are left out: the genuine corpora (stripped e-mail bodies, SMS) rarely
// open with "Hi Maria," as LinkedIn colleagues do, so the model would learn "a greeting with a name"
// as outreach and flag every friendly colleague.
const GREETINGS = new Set(['hi', 'hey', 'hello', 'dear', 'hallo', 'bonjour', 'hola', 'salut']);

export interface OutreachFeatures {
  /** Real (unmasked) words in the text. */
  words: number;
  /** Distinct n-grams, each once: presence, not counts, so a repeated phrase cannot run up the score. */
  grams: string[];
  /** The table bucket of each gram, same order. */
  buckets: number[];
}

export function outreachBucket(gram: string): number {
  return fnv1a(gram, BASIS) & TABLE_MASK;
}

export function outreachFeatures(text: string): OutreachFeatures {
  const masked = maskedWords(text);
  const seen = new Set<string>();
  let words = 0;
  const kept = (word: string | undefined): word is string => word !== undefined && word !== MASK && !GREETINGS.has(word);
  for (let i = 0; i < masked.length; i += 1) {
    const word = masked[i];
    if (word !== MASK) words += 1;
    if (!kept(word)) continue;
    seen.add(word);
    const next = masked[i + 1];
    if (kept(next)) seen.add(`${word} ${next}`);
  }
  const grams = [...seen];
  return { words, grams, buckets: grams.map(outreachBucket) };
}
