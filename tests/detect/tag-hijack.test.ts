import { describe, expect, it } from 'vitest';
import { detect } from '../../src/detect/index';
import type { Item, Level } from '../../src/detect/types';
import { item, people } from './item';

function tagHijack(subject: Item) {
  return detect(subject, { sensitivity: 'balanced' }).find((verdict) => verdict.pattern === 'tag-hijack');
}

const four = people('Ana Ruiz', 'Ben Okafor', 'Chen Li', 'Dara Singh');

describe('tag-hijack', () => {
  it.each<[string, Item, Level | 'none']>([
    ['four tags in a comment', item({ kind: 'comment', text: 'Ana Ruiz Ben Okafor Chen Li Dara Singh have a look at this', mentions: four }), 'high'],
    ['four tags by a post author under their own post', item({ kind: 'comment', text: 'Ana Ruiz Ben Okafor Chen Li Dara Singh', mentions: four, authorIsPostAuthor: true }), 'high'],
    ['three tags of people outside the thread', item({ kind: 'comment', text: 'Ana Ruiz Ben Okafor Chen Li thoughts?', mentions: four.slice(0, 3), threadParticipants: ['/in/someone-else'] }), 'high'],
    ['three tags and nothing known about the thread', item({ kind: 'comment', text: 'Ana Ruiz Ben Okafor Chen Li see the chart in the second image, it answers your question from Tuesday', mentions: four.slice(0, 3) }), 'low'],
    ['a reply tagging one person', item({ kind: 'comment', text: 'Ana Ruiz fair point, I had not thought about the tax side', mentions: four.slice(0, 1) }), 'none'],
    ['a reply tagging one person twice', item({ kind: 'comment', text: 'Ana Ruiz yes! Ana Ruiz', mentions: [...four.slice(0, 1), ...four.slice(0, 1)] }), 'none'],
    ['two tags and no word of their own', item({ kind: 'comment', text: 'Ana Ruiz Ben Okafor', mentions: four.slice(0, 2) }), 'high'],
    ['two tags with a sentence of their own', item({ kind: 'comment', text: 'Ana Ruiz Ben Okafor you two should compare notes on the migration', mentions: four.slice(0, 2) }), 'none'],
    ['two people who are both in the thread', item({ kind: 'comment', text: 'Ana Ruiz Ben Okafor you two should compare notes on the migration', mentions: four.slice(0, 2), threadParticipants: ['/in/ana-ruiz', '/in/ben-okafor'] }), 'none'],
  ])('%s → %s', (_name, subject, expected) => {
    expect(tagHijack(subject)?.level ?? 'none').toBe(expected);
  });

  it('heads with how many people are tagged, then says only what is new: that none of them is in the thread', () => {
    const verdict = tagHijack(item({ kind: 'comment', text: 'Ana Ruiz Ben Okafor Chen Li Dara Singh', mentions: four, threadParticipants: ['/in/post-author'] }));
    const texts = verdict?.reasons.map((reason) => reason.text) ?? [];
    expect(texts[0]).toBe('Tags 4 people');
    expect(texts).toContain('None of them takes part in the thread');
    expect(texts.filter((text) => text.includes('4 people'))).toHaveLength(1);
    expect(verdict?.score).toBeGreaterThan(0.5);
    expect(verdict?.score).toBeLessThanOrEqual(1);
  });

  it('says when a comment is only tags, and when it is mostly tags', () => {
    const only = tagHijack(item({ kind: 'comment', text: 'Ana Ruiz Ben Okafor Chen Li 👇', mentions: four.slice(0, 3) }));
    const mostly = tagHijack(item({ kind: 'comment', text: 'Ana Ruiz Ben Okafor Chen Li have a look', mentions: four.slice(0, 3) }));
    expect(only?.reasons.map((reason) => reason.text)).toContain('Only tags, no words of their own');
    expect(mostly?.reasons.map((reason) => reason.text)).toContain('Mostly tags, little text');
    expect(only?.score).toBeGreaterThan(mostly?.score ?? 1);
  });

  it('counts a repeated tag list as a reason', () => {
    const verdict = tagHijack(item({ kind: 'comment', text: 'Ana Ruiz Ben Okafor Chen Li', mentions: four.slice(0, 3), repeatedMentionList: true }));
    expect(verdict?.reasons.map((reason) => reason.code)).toContain('repeated-tag-list');
  });
});
