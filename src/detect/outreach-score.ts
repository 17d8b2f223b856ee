// "Reads like outreach": a small linear model over hashed word n-grams (see outreach-features.ts),
// trained on the dev split by scripts/train-outreach-model.ts. It catches prospecting wording that
// no phrase list names yet, and says which n-grams weighed most so the label can quote them.
import { OUTREACH_MODEL } from './outreach-model';
import { outreachFeatures, type OutreachFeatures } from './outreach-features';

/**
 * Shorter texts never get the signal: the genuine corpora hold few short LinkedIn-style notes between
 * colleagues, so on "Hi Tom, would you be open to a call next week?" the model has nothing to go by.
 */
export const MIN_OUTREACH_WORDS = 20;
const QUOTED_GRAMS = 3;

export interface OutreachWeights {
  bias: number;
  /** Multiplies every table entry (the table is stored as int8). */
  scale: number;
  table: ArrayLike<number>;
}

export interface OutreachReading {
  logit: number;
  words: number;
  /** The bigrams that added the most, highest first. */
  top: string[];
}

function decodeTable(base64: string): Int8Array {
  const bytes = atob(base64);
  const table = new Int8Array(bytes.length);
  for (let i = 0; i < bytes.length; i += 1) table[i] = (bytes.charCodeAt(i) << 24) >> 24;
  return table;
}

let shipped: OutreachWeights | undefined;

export function shippedOutreachWeights(): OutreachWeights {
  shipped ??= { bias: OUTREACH_MODEL.bias, scale: OUTREACH_MODEL.scale, table: decodeTable(OUTREACH_MODEL.table) };
  return shipped;
}

/** Sum over the n-grams present, divided by the square root of their number so long texts do not win by length. */
export function outreachLogit(features: OutreachFeatures, weights: OutreachWeights): number {
  if (features.buckets.length === 0) return weights.bias;
  let sum = 0;
  for (const bucket of features.buckets) sum += weights.table[bucket] ?? 0;
  return weights.bias + (weights.scale * sum) / Math.sqrt(features.buckets.length);
}

export function readOutreach(text: string, weights: OutreachWeights = shippedOutreachWeights()): OutreachReading {
  const features = outreachFeatures(text);
  const top = features.grams
    .map((gram, index) => ({ gram, weight: weights.table[features.buckets[index] as number] ?? 0 }))
    .filter(({ gram, weight }) => weight > 0 && gram.includes(' '))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, QUOTED_GRAMS)
    .map(({ gram }) => gram);
  return { logit: outreachLogit(features, weights), words: features.words, top };
}

