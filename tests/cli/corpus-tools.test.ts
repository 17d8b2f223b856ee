import { describe, expect, it } from 'vitest';
import { parseCorpusLine } from '../../src/cli/corpus-line';
import { isHeldOut, splitOfGatheredLine } from '../../src/cli/corpus-split';
import { evaluate } from '../../src/cli/evaluate';
import { fillPlaceholders } from '../../src/cli/fill-placeholders';
import { PLACEHOLDER } from '../../src/detect/placeholder';

describe('fillPlaceholders', () => {
  it('fills every placeholder, the same one the same way', () => {
    const filled = fillPlaceholders('Hi {{first_name}}, how is [Company] doing? Say hi to the {{first_name}} fan club at [Company].', 3);
    expect(PLACEHOLDER.test(filled)).toBe(false);
    const [, name] = /^Hi ([^,]+),/.exec(filled) ?? [];
    expect(filled.split(name as string).length - 1).toBe(2);
  });

  it('gives different fillings for different seeds', () => {
    expect(fillPlaceholders('Hi {{first_name}}', 0)).not.toBe(fillPlaceholders('Hi {{first_name}}', 1));
  });
});

describe('corpus lines', () => {
  it('turns a mention count into that many distinct people', () => {
    const { item, label } = parseCorpusLine('{"text": "x", "kind": "comment", "mentions": 3, "label": "tag-hijack"}', 'line-1');
    expect(item.mentions).toHaveLength(3);
    expect(new Set(item.mentions.map((person) => person.name)).size).toBe(3);
    expect(item.id).toBe('line-1');
    expect(label).toBe('tag-hijack');
  });

  it.each([
    ['[1, 2]', 'expected a JSON object'],
    ['{"kind": "message"}', '"text" must be a string'],
    ['{"text": "x", "kind": "tweet"}', '"kind" must be one of'],
    ['{"text": "x", "kind": "post", "label": "spam"}', '"label" must be one of'],
    ['{"text": "x", "kind": "post", "mentions": -1}', '"mentions" must be a whole number'],
  ])('explains what is wrong with %s', (line, message) => {
    expect(() => parseCorpusLine(line, 'line-1')).toThrow(message);
  });

  it('splits deterministically, about a quarter held out', () => {
    const texts = Array.from({ length: 400 }, (_, index) => `message number ${index}`);
    const held = texts.filter(isHeldOut).length;
    expect(held).toBeGreaterThan(60);
    expect(held).toBeLessThan(140);
    expect(texts.filter(isHeldOut)).toEqual(texts.filter(isHeldOut));
  });
});

describe('evaluate', () => {
  it('counts only high verdicts as predicted positives', () => {
    const low = { pattern: 'templated' as const, score: 0.4, level: 'low' as const, reasons: [] };
    const high = { ...low, score: 0.9, level: 'high' as const };
    expect(evaluate([
      { label: 'templated', verdicts: [high] },
      { label: 'templated', verdicts: [low] },
      { label: 'none', verdicts: [high] },
      { label: 'none', verdicts: [] },
    ])).toEqual([{ pattern: 'templated', tp: 1, fp: 1, fn: 1, tn: 1, precision: 0.5, recall: 0.5, fpr: 0.5 }]);
  });
});

describe('gathered files', () => {
  it.each([
    ['templates-gathered-fresh3.jsonl', 'fresh3'],
    ['genuine-business-gathered-fresh3.jsonl', 'fresh3'],
    ['templates-gathered-dev3.jsonl', 'dev'],
    ['templates-gathered-dev2.jsonl', 'dev'],
    ['templates-gathered-was-fresh2-dev.jsonl', 'dev'],
    ['templates-gathered-fresh.jsonl', 'heldout'],
    ['templates-gathered-fresh4.jsonl', 'fresh4'],
    ['templates-gathered-was-fresh3-dev.jsonl', 'dev'],
    ['posts-gathered.jsonl', 'heldout'],
  ])('%s → %s', (file, split) => {
    expect(splitOfGatheredLine(file, 'any text')).toBe(split);
  });

  it('splits a *-hashsplit file line by line, by the same hash as the shared corpus', () => {
    const texts = Array.from({ length: 200 }, (_, index) => `ok, see you at ${index}`);
    const splits = texts.map((text) => splitOfGatheredLine('genuine-sms-gathered-hashsplit.jsonl', text));
    expect(splits).toEqual(texts.map((text) => (isHeldOut(text) ? 'heldout' : 'dev')));
    expect(new Set(splits)).toEqual(new Set(['dev', 'heldout']));
  });

  it('does not take -dev inside a longer word for the dev marker', () => {
    expect(splitOfGatheredLine('genuine-devops-gathered.jsonl', 'x')).toBe('heldout');
  });
});
