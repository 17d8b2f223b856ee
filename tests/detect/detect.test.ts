import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index';
import { item, people } from './item';

const hijackingPraise = item({
  kind: 'comment',
  text: 'Great post! Ana Ruiz Ben Okafor Chen Li Dara Singh',
  mentions: people('Ana Ruiz', 'Ben Okafor', 'Chen Li', 'Dara Singh'),
  threadParticipants: ['/in/author'],
});

describe('detect', () => {
  it('returns verdicts highest score first, each with reasons and a score in [0, 1]', () => {
    const verdicts = detect(hijackingPraise, { sensitivity: 'balanced' });
    expect(verdicts.map((v) => v.pattern).sort()).toEqual(['pod-comment', 'tag-hijack']);
    for (let i = 1; i < verdicts.length; i += 1) expect(verdicts[i - 1]!.score).toBeGreaterThanOrEqual(verdicts[i]!.score);
    for (const verdict of verdicts) {
      expect(verdict.score).toBeGreaterThanOrEqual(0);
      expect(verdict.score).toBeLessThanOrEqual(1);
      expect(['low', 'high']).toContain(verdict.level);
      expect(verdict.reasons.length).toBeGreaterThan(0);
    }
  });

  it('skips patterns that are switched off', () => {
    const verdicts = detect(hijackingPraise, { sensitivity: 'balanced', enabled: { 'tag-hijack': false } });
    expect(verdicts.map((v) => v.pattern)).toEqual(['pod-comment']);
  });

  it('sensitivity moves the level, not the score', () => {
    const three = item({ kind: 'comment', text: 'Ana Ruiz Ben Okafor Chen Li see the chart in the second image, it answers the question from Tuesday', mentions: people('Ana Ruiz', 'Ben Okafor', 'Chen Li') });
    const relaxed = detect(three, { sensitivity: 'relaxed' });
    const balanced = detect(three, { sensitivity: 'balanced' });
    const strict = detect(three, { sensitivity: 'strict' });
    expect(relaxed).toEqual([]);
    expect(balanced[0]?.level).toBe('low');
    expect(strict[0]?.level).toBe('high');
    expect(strict[0]?.score).toBe(balanced[0]?.score);
  });
});
