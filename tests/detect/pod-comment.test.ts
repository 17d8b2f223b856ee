import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index';
import type { Level } from '../../src/detect/types';
import { item, people } from './item';

describe('pod-comment', () => {
  it.each<[string, string, Level | 'none']>([
    ['generic praise', 'Great insights! 🙏', 'high'],
    ['thanks for sharing', 'Thanks for sharing 🙏', 'high'],
    ['praise with a name', 'Well said John!', 'high'],
    ['German praise', 'Danke fürs Teilen!', 'high'],
    ['praise that engages with the post', 'Thanks for sharing, the part about replication lag matches what we saw when we moved the ledger service last year.', 'none'],
    ['a real reply', 'I disagree with point 3: our churn went up when we removed the free tier.', 'none'],
    // A congratulation naming the person answers their news (a job change): a reference, not pod praise.
    ['a named congratulation', 'Congrats Maria!', 'none'],
    ['a named congratulation in German', 'Herzlichen Glückwunsch Jonas!', 'none'],
    ['a bare congratulation with praise', 'Congratulations! 👏🔥', 'high'],
  ])('%s → %s', (_name, text, expected) => {
    const verdict = detect(item({ kind: 'comment', text }), { sensitivity: 'balanced' }).find((v) => v.pattern === 'pod-comment');
    expect(verdict?.level ?? 'none').toBe(expected);
  });

  it('does not count a tagged name as substance', () => {
    const verdict = detect(item({ kind: 'comment', text: 'Ana Ruiz great post!', mentions: people('Ana Ruiz') }), { sensitivity: 'balanced' });
    expect(verdict.map((v) => v.pattern)).toEqual(['pod-comment']);
    expect(verdict[0]?.reasons.map((r) => r.code)).toEqual(['no-reference', 'generic-praise']);
  });
});
