import { describe, expect, it } from 'vitest';
import { OUTREACH_TABLE_SIZE } from '../../src/detect/outreach-features';
import { OUTREACH_CODE, OUTREACH_TIER, outreachLogit, outreachPhrases, outreachSignal, outreachTier, readGrams, type OutreachModel } from '../../src/detect/reads-like-outreach';

const PITCH = 'we would love to show you how teams like yours book more meetings every single week without extra effort';

/** A model whose only weights are the given n-grams' (text spans), each weighing `weight` and owning its bucket. */
function modelWeighing(text: string, grams: readonly string[], weight: number): OutreachModel {
  const table = new Float64Array(OUTREACH_TABLE_SIZE);
  const checks = new Uint8Array(OUTREACH_TABLE_SIZE);
  const read = readGrams(text);
  for (let i = 0; i < read.count; i += 1) {
    if (!grams.includes(text.slice(read.starts[i], read.ends[i]))) continue;
    table[read.buckets[i] as number] = weight;
    checks[read.buckets[i] as number] = read.checks[i] as number;
  }
  return { bias: -1, scale: 1, table, checks, cut: 0, aloneCut: 2, minWords: 10 };
}

describe('reads like outreach', () => {
  it('sums the weights of the n-grams present over the square root of their number', () => {
    const model = modelWeighing(PITCH, ['book more', 'more meetings'], 3);
    const read = readGrams(PITCH);
    const checks = Uint8Array.from(model.checks);
    // Every n-gram of the text known to the model, only two of them weighing anything.
    for (let i = 0; i < read.count; i += 1) checks[read.buckets[i] as number] = read.checks[i] as number;
    expect(outreachLogit(read, { ...model, checks })).toBeCloseTo(-1 + 6 / Math.sqrt(read.count));
  });

  it('reads an n-gram only when it owns its bucket: a stranger in a weighted bucket adds nothing and is not counted', () => {
    const model = modelWeighing(PITCH, ['book more', 'more meetings'], 3);
    const read = readGrams(PITCH);
    expect(outreachLogit(read, model)).toBeCloseTo(-1 + 6 / Math.sqrt(2));
    const index = [...Array(read.count).keys()].find((i) => PITCH.slice(read.starts[i], read.ends[i]) === 'book more') as number;
    const checks = Uint8Array.from(model.checks);
    checks[read.buckets[index] as number] = ((read.checks[index] as number) + 1) % 256;
    expect(outreachLogit(read, { ...model, checks })).toBeCloseTo(-1 + 3);
  });

  it.each<[string, number, number, number]>([
    ['below the cut-off', -0.5, 20, 0],
    ['past the cut-off', 0.5, 20, OUTREACH_TIER.corroborated],
    ['past the alone cut-off', 2.5, 20, OUTREACH_TIER.alone],
    ['too short to judge, however high', 9, 9, 0],
  ])('%s → tier %s', (_name, logit, words, tier) => {
    expect(outreachTier(logit, words, { bias: 0, scale: 1, table: [], checks: [], cut: 0, aloneCut: 2, minWords: 10 })).toBe(tier);
  });

  it('quotes the heaviest phrases, neighbouring bigrams merged, never a single word', () => {
    const model = modelWeighing(PITCH, ['book more', 'more meetings', 'every single', 'love', 'teams like'], 2);
    const read = readGrams(PITCH);
    expect(outreachPhrases(PITCH, read, model)).toEqual(['book more meetings', 'teams like']);
  });

  it('never quotes an n-gram that only shares a heavy bucket with the one that weighed', () => {
    const model = modelWeighing(PITCH, ['book more', 'more meetings'], 2);
    const read = readGrams(PITCH);
    const stranger = Uint8Array.from(model.checks as Uint8Array);
    for (let i = 0; i < read.count; i += 1) {
      const bucket = read.buckets[i] as number;
      if (PITCH.slice(read.starts[i], read.ends[i]) === 'book more') stranger[bucket] = (stranger[bucket] ?? 0) ^ 1;
    }
    expect(outreachPhrases(PITCH, read, { table: model.table, checks: stranger })).toEqual(['more meetings']);
  });

  it('fires with its tier and quotes what weighed most', () => {
    const model = modelWeighing(PITCH, ['book more', 'more meetings', 'teams like', 'like yours'], 8);
    const signal = outreachSignal(PITCH, [], model);
    expect(signal).toEqual({ code: OUTREACH_CODE, text: 'Reads like outreach: “teams like yours”, “book more meetings”', strength: OUTREACH_TIER.alone });
  });

  it.each<[string, string, string[], number]>([
    ['an English pitch', PITCH, ['book more', 'more meetings', 'teams like', 'like yours'], OUTREACH_TIER.alone],
    // The fresh6 false positive: a Portuguese DM, a language the model never saw, labelled by the model alone.
    ['a Portuguese everyday message', 'hummm acho que vc talvez esteja buscando mais análise de dados ou análise de BI e não ciência de dados', ['mais análise', 'análise de'], OUTREACH_TIER.corroborated],
    ['an Italian everyday message', 'ciao Marco ho visto il tuo messaggio solo adesso e possiamo sentirci domani mattina per parlare del progetto', ['solo adesso', 'del progetto'], OUTREACH_TIER.corroborated],
  ])('past the alone cut-off, %s gets tier %s: alone only in a language the model learnt', (_name, text, grams, tier) => {
    expect(outreachSignal(text, [], modelWeighing(text, grams, 8))?.strength).toBe(tier);
  });

  it('stays silent on short texts and on wording it has no weight for', () => {
    const model = modelWeighing(PITCH, ['book more'], 50);
    expect(outreachSignal('book more meetings', [], model)).toBeNull();
    expect(outreachSignal('the quarterly numbers are in and they look fine for everyone on the finance team today', [], model)).toBeNull();
  });

  // The shipped model, trained on dev: prospecting wording no phrase list names, and colleagues' notes.
  it.each<[string, string, boolean]>([
    ['an agency pitch', 'Hi Kenji, I run a small agency that builds automated lead generation systems for consulting firms. We handle the whole pipeline so your team can focus on closing. Would you like a short overview of how it works?', true],
    ['a founder pitch', 'Hi Maria, I help SaaS founders turn cold outreach into booked meetings without hiring more SDRs. Most teams I work with double their reply rates within a month. Would it make sense to share how?', true],
    ['a colleague proposing a quick call', 'Hey Tom, thanks for the notes from yesterday. Could we have a quick call on Thursday about the migration plan? Happy to share my draft before then.', false],
    ['a colleague asking for a spreadsheet', 'Can you send me the updated spreadsheet before the meeting tomorrow? I want to double check the totals for the west region first.', false],
  ])('the shipped model: %s → %s', (_name, text, fires) => {
    expect(outreachSignal(text, ['quick call', 'happy to share'])?.code === OUTREACH_CODE).toBe(fires);
  });
});
