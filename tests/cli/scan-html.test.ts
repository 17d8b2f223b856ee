import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanHtml } from '../../src/cli/scan-html';

describe('scanHtml', () => {
  it('finds the items of a saved page and flags the four-mention comment', () => {
    const html = readFileSync('tests/fixtures/linkedin-post-comment-thread-2026-09-edited-four-mentions.html', 'utf8');
    const scanned = scanHtml(html, 'balanced');
    expect(scanned.length).toBeGreaterThan(1);
    const flagged = scanned.filter(({ verdicts }) => verdicts.some((verdict) => verdict.pattern === 'tag-hijack' && verdict.level === 'high'));
    expect(flagged).toHaveLength(1);
    expect(flagged[0]?.item.kind).toBe('comment');
    expect(flagged[0]?.verdicts[0]?.reasons.map((reason) => reason.text)).toContain('Tags 4 people');
  });

  it('flags the unfilled template in a saved invitation page', () => {
    const html = readFileSync('tests/fixtures/synthetic-invitation-manager-ember-2026.html', 'utf8');
    const templated = scanHtml(html, 'balanced').filter(({ verdicts }) => verdicts.some((verdict) => verdict.pattern === 'templated'));
    expect(templated.map(({ item }) => item.kind)).toEqual(['invite']);
  });

  describe('the same note from several senders', () => {
    const html = readFileSync('tests/fixtures/synthetic-invitation-manager-ember-2026.html', 'utf8');
    const personalCard = /<li[^>]*id="ember2011">[\s\S]*?<\/li>/.exec(html)![0];
    const withCardAfter = (card: string) => html.replace(personalCard, personalCard + card);
    const sameTextCounts = (page: string) =>
      scanHtml(page, 'balanced')
        .filter(({ item }) => item.kind === 'invite' && item.text.includes('meetup Rust'))
        .map(({ item }) => item.sameTextSenders);

    it('counts another person who sent it', () => {
      const otherPerson = personalCard.replaceAll('ines-moreau-42', 'paul-girard').replaceAll('Inès Moreau', 'Paul Girard');
      expect(sameTextCounts(withCardAfter(otherPerson))).toEqual([0, 1]);
    });

    it('does not count the same person linked by another profile path', () => {
      const samePersonOtherPath = personalCard.replaceAll('ines-moreau-42', 'ACoAAB1234567890abcdefghijklmnop');
      expect(sameTextCounts(withCardAfter(samePersonOtherPath))).toEqual([0, 0]);
    });
  });
});
