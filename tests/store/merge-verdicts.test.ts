import { describe, expect, it } from 'vitest';
import { mergeVerdicts, sameVerdicts } from '../../src/store/merge-verdicts';
import type { SeenVerdict } from '../../src/shared/store-types';

const low: SeenVerdict = { pattern: 'tag-hijack', level: 'low', score: 0.4, reasons: ['mentions-many'] };
const high: SeenVerdict = { pattern: 'tag-hijack', level: 'high', score: 0.8, reasons: ['mentions-many', 'mentions-outsiders'] };
const bait: SeenVerdict = { pattern: 'engagement-bait', level: 'low', score: 0.5, reasons: ['agree-question'] };

describe('mergeVerdicts', () => {
  it('keeps the strongest verdict per pattern and adds new patterns', () => {
    expect(mergeVerdicts([low], [high, bait])).toEqual([high, bait]);
  });

  it('never drops a flag a later sighting no longer raises', () => {
    expect(mergeVerdicts([high], [low])).toEqual([high]);
    expect(mergeVerdicts([high], [])).toEqual([high]);
  });

  it('breaks a level tie by score', () => {
    const stronger = { ...low, score: 0.6, reasons: ['mentions-mostly'] };
    expect(mergeVerdicts([low], [stronger])).toEqual([stronger]);
  });

  it('reports when nothing changed', () => {
    expect(sameVerdicts(mergeVerdicts([high], [low]), [high])).toBe(true);
    expect(sameVerdicts(mergeVerdicts([low], [high]), [low])).toBe(false);
  });
});
