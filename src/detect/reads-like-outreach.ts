// "Reads like outreach": a small linear model over hashed word n-grams (outreach-features.ts), trained
// on the dev split by scripts/train-outreach-model.ts. It catches prospecting wording that no phrase
// list names yet, and quotes the phrases that weighed most so the label can say why.
import { OUTREACH_MODEL } from './outreach-model';
import { emptyOutreachGrams, OUTREACH_TABLE_SIZE, readOutreachGrams, type OutreachGrams } from './outreach-features';
import type { Signal } from './score';
import { quote } from './text-view';
import { readsAsTrainedLanguage } from './trained-language';

export const OUTREACH_CODE = 'reads-like-outreach';

/**
 * How far the model's reading goes as evidence, set by the cut-off its logit passes; the signal's
 * strength. Corroborated: leading evidence that needs a second kind beside it, a stock
 * phrase, a shape, or an everyday phrase such as a meeting ask or a sign-off. Alone: evidence enough,
 * like a placeholder. The model may be corroborated by a meeting ask because it does not read the
 * stock phrases the lists found ("a quick call", "happy to share"): one colleague's wording is not
 * counted twice. Its cut-off sits above every cross-validated genuine message with such company.
 */
export const OUTREACH_TIER = { corroborated: 1, alone: 2 } as const;
export type OutreachTier = (typeof OUTREACH_TIER)[keyof typeof OUTREACH_TIER];

export interface OutreachModel {
  bias: number;
  /** Multiplies every table entry (the shipped table is int8). */
  scale: number;
  table: ArrayLike<number>;
  /**
   * Per bucket, the check byte of the n-gram found in most training texts (see OutreachGrams.checks):
   * the only one the bucket's weight is read for, and quoted for.
   */
  checks: ArrayLike<number>;
  /** Logits from which the signal fires at each tier. */
  cut: number;
  aloneCut: number;
  /** Shorter texts never get the signal: in a two-line note there is too little wording to go by. */
  minWords: number;
}

const QUOTED_PHRASES = 2;
// "for a", "would you be", "the first" may weigh, but quoting them explains nothing to the reader.
const FUNCTION_WORDS = new Set(
  ('a an the for to of in on at by with from and or but if so as is are was be been would could will can do you your ' +
    "i i'm we we're it this that my our me us there what de la le les des du un une et en à pour der die das und ein eine zu el los las y una que con por")
    .split(' '),
);
const WORD = /[\p{L}'’-]+/gu;

function saysSomething(phrase: string): boolean {
  return (phrase.match(WORD) ?? []).some((word) => !FUNCTION_WORDS.has(word));
}
// Bigrams considered for quoting before neighbours are merged into phrases.
const QUOTE_CANDIDATES = 8;

function decodeBytes(base64: string): Uint8Array {
  const bytes = atob(base64);
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i += 1) out[i] = bytes.charCodeAt(i);
  return out;
}

let shipped: OutreachModel | undefined;

export function shippedOutreachModel(): OutreachModel {
  shipped ??= { ...OUTREACH_MODEL, table: new Int8Array(decodeBytes(OUTREACH_MODEL.table).buffer), checks: decodeBytes(OUTREACH_MODEL.checks) };
  return shipped;
}

// Reused between messages: reading one allocates nothing, and a stamp per table bucket tells which
// n-grams this message already counted without clearing a set.
const grams = emptyOutreachGrams();
const seen = new Uint32Array(OUTREACH_TABLE_SIZE);
let stamp = 0;

const APOSTROPHE = /[’‘`´]/;
const APOSTROPHES = /[’‘`´]/g;

/**
 * The n-grams of `text`, leaving out those inside the stock phrases the phrase lists already found
 * there (as matched in the lower-cased text). The model weighs the wording around them: counting
 * "a quick call" once as a meeting ask and again as outreach wording would let two everyday phrases
 * from a colleague read like a template.
 */
export function readGrams(text: string, phrases: readonly string[] = []): OutreachGrams {
  stamp = stamp === 0xffffffff ? 1 : stamp + 1;
  if (stamp === 1) seen.fill(0);
  readOutreachGrams(text, grams, seen, stamp);
  if (phrases.length > 0) dropPhraseGrams(text, phrases);
  return grams;
}

function dropPhraseGrams(text: string, phrases: readonly string[]): void {
  // Same length as the text, so offsets carry over; only apostrophes are folded as in the text view.
  const lowered = text.toLowerCase();
  const lower = APOSTROPHE.test(lowered) ? lowered.replace(APOSTROPHES, "'") : lowered;
  const starts: number[] = [];
  const ends: number[] = [];
  for (const phrase of phrases) {
    const at = lower.indexOf(phrase);
    if (at < 0) continue;
    starts.push(at);
    ends.push(at + phrase.length);
  }
  let kept = 0;
  for (let i = 0; i < grams.count; i += 1) {
    const start = grams.starts[i] as number;
    const end = grams.ends[i] as number;
    let inside = false;
    for (let p = 0; p < starts.length && !inside; p += 1) inside = start < (ends[p] as number) && end > (starts[p] as number);
    if (inside) continue;
    grams.buckets[kept] = grams.buckets[i] as number;
    grams.starts[kept] = start;
    grams.ends[kept] = end;
    grams.bigram[kept] = grams.bigram[i] as number;
    grams.checks[kept] = grams.checks[i] as number;
    kept += 1;
  }
  grams.count = kept;
}

/**
 * Sum over the n-grams the model knows, divided by the square root of their number so long texts do
 * not win by length. An n-gram is known when its check byte is its bucket's: the table is small, so
 * nearly every bucket holds some weight, and a word no training text had (a filled-in topic, a new
 * product's name) would otherwise add the weight of whatever n-gram it collides with.
 */
export function outreachLogit(read: OutreachGrams, model: Pick<OutreachModel, 'bias' | 'scale' | 'table' | 'checks'>): number {
  let sum = 0;
  let known = 0;
  for (let i = 0; i < read.count; i += 1) {
    const bucket = read.buckets[i] as number;
    if (model.checks[bucket] !== read.checks[i]) continue;
    sum += model.table[bucket] ?? 0;
    known += 1;
  }
  return known === 0 ? model.bias : model.bias + (model.scale * sum) / Math.sqrt(known);
}

/**
 * The tier `logit` reaches. Alone needs a text in a language the model learnt (trained-language.ts):
 * in another one the logit rests on the few n-grams it happens to share with the training texts, so
 * it may lead, but another kind of evidence must stand beside it. `trainedLanguage` is asked only
 * when the alone cut-off is reached, which few messages do.
 */
export function outreachTier(logit: number, words: number, model: OutreachModel, trainedLanguage: () => boolean = () => true): OutreachTier | 0 {
  if (words < model.minWords || logit < model.cut) return 0;
  return logit >= model.aloneCut && trainedLanguage() ? OUTREACH_TIER.alone : OUTREACH_TIER.corroborated;
}

/**
 * The phrases that weighed most: the heaviest bigrams that own their bucket, neighbours merged into
 * one phrase ("came across" + "across your" → "came across your"), the heaviest phrases first.
 */
export function outreachPhrases(text: string, read: OutreachGrams, model: Pick<OutreachModel, 'table' | 'checks'>): string[] {
  const candidates: { start: number; end: number; weight: number }[] = [];
  for (let i = 0; i < read.count; i += 1) {
    const bucket = read.buckets[i] as number;
    const weight = model.table[bucket] ?? 0;
    const own = model.checks[bucket] === read.checks[i];
    if (read.bigram[i] === 1 && weight > 0 && own) candidates.push({ start: read.starts[i] as number, end: read.ends[i] as number, weight });
  }
  const top = candidates.sort((a, b) => b.weight - a.weight).slice(0, QUOTE_CANDIDATES).sort((a, b) => a.start - b.start);
  const phrases: { start: number; end: number; weight: number }[] = [];
  for (const gram of top) {
    const last = phrases[phrases.length - 1];
    if (last && gram.start < last.end) {
      last.end = Math.max(last.end, gram.end);
      last.weight += gram.weight;
    } else {
      phrases.push({ ...gram });
    }
  }
  return phrases
    .sort((a, b) => b.weight - a.weight)
    .map(({ start, end }) => text.slice(start, end).replace(/\s+/g, ' ').toLowerCase())
    .filter(saysSomething)
    .slice(0, QUOTED_PHRASES);
}

/** The signal for `text`, weighing its wording outside the stock `phrases` found in it. */
export function outreachSignal(text: string, phrases: readonly string[] = [], model: OutreachModel = shippedOutreachModel()): Signal | null {
  const read = readGrams(text, phrases);
  const tier = outreachTier(outreachLogit(read, model), read.words, model, () => readsAsTrainedLanguage(text));
  if (tier === 0) return null;
  const quoted = outreachPhrases(text, read, model).map(quote).join(', ');
  return { code: OUTREACH_CODE, text: quoted === '' ? 'Reads like outreach' : `Reads like outreach: ${quoted}`, strength: tier };
}
