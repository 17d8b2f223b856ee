import { describe, expect, it } from 'vitest';
import { isFeed, isInvitationManager, isLinkedIn, isMessaging, isPostDetail, shownPageUrl } from '../../../src/sites/linkedin/pages';

const LI = 'https://www.linkedin.com';

describe('page predicates', () => {
  it.each([
    [`${LI}/feed/`, true],
    [`${LI}/feed`, true],
    [`${LI}/feed/?doFeedRefresh=true`, true],
    [`${LI}/feed/hashtag/leadership/`, true],
    [`${LI}/feed/foryou/`, true],
    [`${LI}/feed/network/`, true],
    [`${LI}/feed/foryou/extra/`, false],
    [`${LI}/feed/update/urn:li:activity:7366738224129470464/`, false],
    [`${LI}/messaging/`, false],
    ['https://example.com/feed/', false],
  ])('isFeed(%s) is %s', (url, expected) => expect(isFeed(url)).toBe(expected));

  it.each([
    [`${LI}/feed/update/urn:li:activity:7366738224129470464/`, true],
    [`${LI}/feed/update/urn:li:ugcPost:7366738224129470464/?commentUrn=x`, true],
    [`${LI}/posts/arjunvpaul_quick-sync-activity-7366738224129470464-abcd/`, true],
    [`${LI}/feed/`, false],
    [`${LI}/feed/update/`, false],
  ])('isPostDetail(%s) is %s', (url, expected) => expect(isPostDetail(url)).toBe(expected));

  it.each([
    [`${LI}/messaging/`, true],
    [`${LI}/messaging`, true],
    [`${LI}/messaging/thread/2-ODQ4MmZjYWUtYWU4NS00YWU3LWJlZmUtOTU0ODdkNTI2OWI2XzEwMA==/`, true],
    [`${LI}/messagingfoo/`, false],
    [`${LI}/feed/`, false],
  ])('isMessaging(%s) is %s', (url, expected) => expect(isMessaging(url)).toBe(expected));

  it.each([
    [`${LI}/mynetwork/invitation-manager/`, true],
    [`${LI}/mynetwork/invitation-manager/received/`, true],
    [`${LI}/mynetwork/invitation-manager`, true],
    [`${LI}/mynetwork/invitation-manager/sent/`, false],
    [`${LI}/mynetwork/`, false],
  ])('isInvitationManager(%s) is %s', (url, expected) => expect(isInvitationManager(url)).toBe(expected));

  it.each([
    [`${LI}/feed/`, true],
    ['https://de.linkedin.com/in/someone', true],
    [new URL(`${LI}/messaging/`), true],
    ['http://www.linkedin.com/feed/', false],
    ['https://linkedin.com.evil.example/feed/', false],
    ['https://notlinkedin.com/feed/', false],
    ['not a url', false],
  ])('isLinkedIn(%s) is %s', (url, expected) => expect(isLinkedIn(url)).toBe(expected));
});

describe('shownPageUrl', () => {
  const page = (canonical: string | null, referrer = ''): Pick<Document, 'querySelector' | 'referrer'> => ({
    referrer,
    querySelector: ((selector: string) => (canonical && selector === 'link[rel="canonical"]' ? { getAttribute: () => canonical } : null)) as Document['querySelector'],
  });

  it('keeps an ordinary address', () => {
    expect(shownPageUrl(`${LI}/feed/`, page(`${LI}/messaging/`))).toBe(`${LI}/feed/`);
  });

  it('reads a /preload/ document from its canonical link, else its referrer', () => {
    expect(shownPageUrl(`${LI}/preload/`, page(`${LI}/feed/`))).toBe(`${LI}/feed/`);
    expect(shownPageUrl(`${LI}/preload/`, page(null, `${LI}/mynetwork/invitation-manager/`))).toBe(`${LI}/mynetwork/invitation-manager/`);
  });

  it('keeps /preload/ when nothing says better, and ignores addresses off LinkedIn', () => {
    expect(shownPageUrl(`${LI}/preload/`, page(null, 'https://example.com/feed/'))).toBe(`${LI}/preload/`);
    expect(shownPageUrl(`${LI}/preload/custom-invite/`, page(`${LI}/feed/`))).toBe(`${LI}/preload/custom-invite/`);
  });
});
