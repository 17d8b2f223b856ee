import { describe, expect, it } from 'vitest';
import { emptyOutreachGrams, OUTREACH_TABLE_SIZE, readOutreachGrams, type OutreachGrams } from '../../src/detect/outreach-features';

let stamp = 0;
const seen = new Uint32Array(OUTREACH_TABLE_SIZE);

function read(text: string): OutreachGrams {
  const grams = emptyOutreachGrams();
  stamp += 1;
  readOutreachGrams(text, grams, seen, stamp);
  return grams;
}

/** The spans of the n-grams read, in order; a word's stem shares the word's span and is listed once. */
function spans(text: string): string[] {
  const grams = read(text);
  return [...new Set(Array.from({ length: grams.count }, (_, i) => text.slice(grams.starts[i], grams.ends[i])))];
}

function buckets(text: string): number[] {
  const grams = read(text);
  return [...grams.buckets.slice(0, grams.count)].sort((a, b) => a - b);
}

describe('readOutreachGrams', () => {
  it('reads word unigrams and bigrams, lower-cased', () => {
    expect(spans('We help teams')).toEqual(['We', 'help', 'We help', 'teams', 'help teams']);
    expect(buckets('We help teams')).toEqual(buckets('WE help teams'));
  });

  it('masks a greeting, the name after it, names inside a sentence, numbers and links', () => {
    expect(spans('Hi Maria, we cut costs by 40% at Globex: https://example.com/x')).toEqual(['we', 'cut', 'we cut', 'costs', 'cut costs', 'by', 'costs by', 'at']);
  });

  it('reads a raw template and its filled-in form alike', () => {
    const raw = 'Hi {{first_name}}, I noticed {{company}} is hiring. Worth a chat?\n\nBest,\n{{my_name}}';
    const filled = 'Hi Priya, I noticed Globex is hiring. Worth a chat?\n\nBest,\nAlex Morgan';
    expect(buckets(filled)).toEqual(buckets(raw));
  });

  it('takes a lone capitalised word on its own line as a name, and keeps sentence starts', () => {
    expect(spans('Kenji,\nWorth a chat?')).toEqual(['Worth', 'a', 'Worth a', 'chat', 'a chat']);
  });

  it('counts each n-gram once and counts real words', () => {
    const grams = read('thanks thanks thanks');
    // "thanks", its stem "than", "thanks thanks".
    expect(grams.count).toBe(3);
    expect(grams.words).toBe(3);
    expect([...grams.bigram.slice(0, grams.count)]).toEqual([0, 0, 1]);
  });

  it('lets inflected words share a stem', () => {
    const shared = (a: string, b: string) => buckets(a).filter((bucket) => buckets(b).includes(bucket)).length;
    expect(shared('helping', 'helped')).toBe(1);
    expect(shared('help', 'helped')).toBe(0);
    expect(shared('conectar', 'conectemos')).toBe(1);
  });

  it('keeps apostrophes and hyphens inside words, and accents', () => {
    expect(spans("we're a follow-up équipe")).toEqual(["we're", 'a', "we're a", 'follow-up', 'a follow-up', 'équipe', 'follow-up équipe']);
  });

  it('breaks bigrams at sentence ends', () => {
    expect(spans('Done. Next one')).toEqual(['Done', 'Next', 'one', 'Next one']);
  });
});
