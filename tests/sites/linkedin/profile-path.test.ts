import { describe, expect, it } from 'vitest';
import { profilePath } from '../../../src/sites/linkedin/profile-path';

describe('profilePath', () => {
  it.each([
    ['/in/test-person-1/', '/in/test-person-1'],
    ['https://www.linkedin.com/in/arjunvpaul?miniProfileUrn=urn%3Ali%3Afsd_profile%3AACoAAB', '/in/arjunvpaul'],
    ['https://de.linkedin.com/in/ana-ruiz/details/', '/in/ana-ruiz'],
    ['https://www.linkedin.com/company/growthly/', '/company/growthly'],
    ['https://www.npmjs.com/package/linkedctl', undefined],
    ['https://example.com/in/someone', undefined],
    ['https://www.linkedin.com/feed/hashtag/?keywords=ai', undefined],
    ['#', undefined],
    [null, undefined],
  ])('%s → %s', (href, expected) => expect(profilePath(href)).toBe(expected));
});

describe('profilePath edge cases', () => {
  it.each([
    ['//www.linkedin.com/in/ana-ruiz', '/in/ana-ruiz'],
    ['https://www.linkedin.com.evil.example/in/ana-ruiz', undefined],
    ['https://evil.example/?next=https://www.linkedin.com/in/ana-ruiz', undefined],
    ['in/ana-ruiz', undefined],
  ])('%s → %s', (href, expected) => expect(profilePath(href)).toBe(expected));
});
