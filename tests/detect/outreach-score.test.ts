import { describe, expect, it } from 'vitest';
import { signalsOf } from '../../src/detect/index';
import { OUTREACH_TABLE_BITS, outreachBucket, outreachFeatures } from '../../src/detect/outreach-features';
import { OUTREACH_MODEL } from '../../src/detect/outreach-model';
import { MIN_OUTREACH_WORDS, outreachLogit, readOutreach, shippedOutreachWeights } from '../../src/detect/outreach-score';
import { templatedScoreCap } from '../../src/detect/templated';
import { item } from './item';

const PITCH =
  'Hey Sam, hope your week is going well. I work with founders in the SaaS space on their outbound pipeline and thought it might be worth connecting. Let me know if you would be up for a quick chat sometime.';
const COLLEAGUE =
  'Hi all, the quarterly numbers are attached. Please review the variance section before our meeting on Thursday and send me any corrections by end of day Wednesday so I can update the deck for the board.';

function outreachSignal(text: string) {
  return signalsOf(item({ kind: 'message', text }), 'templated').find((signal) => signal.code === 'reads-like-outreach');
}

describe('outreach features', () => {
  it('a filled-in template and its raw form share every n-gram', () => {
    const raw = outreachFeatures('Hi {{first_name}}, we help teams at {{company}} cut churn by 20% in 90 days.');
    const filled = outreachFeatures('Hi Maria, we help teams at Globex cut churn by 35% in 60 days.');
    expect(filled.grams).toEqual(raw.grams);
  });

  it('leaves out greetings and masked names, counts each n-gram once', () => {
    const { grams, buckets, words } = outreachFeatures('Hi Maria, the notes notes are here.');
    expect(grams).not.toContain('hi');
    expect(grams.some((gram) => gram.includes('#'))).toBe(false);
    expect(grams.filter((gram) => gram === 'notes')).toHaveLength(1);
    expect(grams).toContain('the notes');
    expect(words).toBe(6);
    expect(buckets).toEqual(grams.map(outreachBucket));
    for (const bucket of buckets) expect(bucket).toBeLessThan(1 << OUTREACH_TABLE_BITS);
  });
});

describe('outreach score', () => {
  const table = new Array<number>(1 << OUTREACH_TABLE_BITS).fill(0);
  table[outreachBucket('quick chat')] = 4;
  table[outreachBucket('your team')] = 2;
  table[outreachBucket('the deck')] = -3;
  const weights = { bias: -1, scale: 0.5, table };

  it('sums the weights of the n-grams present over the square root of their number', () => {
    const features = outreachFeatures('a quick chat');
    const expected = -1 + (0.5 * (table[outreachBucket('a')]! + table[outreachBucket('quick')]! + table[outreachBucket('chat')]! + 4 + table[outreachBucket('a quick')]!)) / Math.sqrt(features.buckets.length);
    expect(outreachLogit(features, weights)).toBeCloseTo(expected, 10);
    expect(outreachLogit({ words: 0, grams: [], buckets: [] }, weights)).toBe(-1);
  });

  it('quotes the bigrams that added most, highest first, never one that weighed against', () => {
    const reading = readOutreach('Would your team be up for a quick chat about the deck?', weights);
    expect(reading.top.slice(0, 2)).toEqual(['quick chat', 'your team']);
    expect(reading.top).not.toContain('the deck');
  });

  it('the shipped table decodes to 4096 int8 weights and its cut-offs are ordered', () => {
    const shipped = shippedOutreachWeights();
    expect(shipped.table).toHaveLength(1 << OUTREACH_TABLE_BITS);
    expect(OUTREACH_MODEL.cut).toBeLessThanOrEqual(OUTREACH_MODEL.highCut);
  });
});

describe('the reads-like-outreach signal', () => {
  it('names the n-grams behind it in a prospecting message', () => {
    const signal = outreachSignal(PITCH);
    expect(signal?.text).toMatch(/^Reads like outreach: “[^”]+”/);
  });

  it('stays silent on a colleague e-mail', () => {
    expect(readOutreach(COLLEAGUE).logit).toBeLessThan(OUTREACH_MODEL.cut);
    expect(outreachSignal(COLLEAGUE)).toBeUndefined();
  });

  it(`never fires on fewer than ${MIN_OUTREACH_WORDS} words, however outreach-like`, () => {
    const short = 'I work with founders on outbound pipeline and thought it might be worth connecting for a quick chat.';
    expect(readOutreach(short).words).toBeLessThan(MIN_OUTREACH_WORDS);
    expect(readOutreach(short).logit).toBeGreaterThanOrEqual(OUTREACH_MODEL.cut);
    expect(outreachSignal(short)).toBeUndefined();
  });

  it('needs a stock phrase or shape beside it, unless past the high cut-off', () => {
    const outreach = { code: 'reads-like-outreach', strength: 1 };
    expect(templatedScoreCap([outreach])).toBeLessThan(1);
    expect(templatedScoreCap([outreach, { code: 'stock-call-ask' }])).toBeLessThan(1);
    expect(templatedScoreCap([outreach, { code: 'stock-opener' }])).toBe(1);
    expect(templatedScoreCap([{ code: 'reads-like-outreach', strength: 2 }])).toBe(1);
  });
});
