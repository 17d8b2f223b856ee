// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import './extension-globals';
import { PageSession } from '../../src/content/page-session';
import { expectedSurfaces, HEALTH_WAIT_MS, SelectorHealth } from '../../src/content/selector-health';

const FIXTURES = join(import.meta.dirname, '../fixtures');

let session: PageSession;
let reports: Array<[string, boolean]>;
let health: SelectorHealth;

beforeEach(() => {
  vi.useFakeTimers();
  session = new PageSession();
  reports = [];
  health = new SelectorHealth(session, (surface, ok) => reports.push([surface, ok]));
});

afterEach(() => {
  session.stop();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

function showPage(name: string, edit: (html: string) => string = (html) => html): void {
  document.body.innerHTML = edit(readFileSync(join(FIXTURES, name), 'utf8'));
}

describe('expectedSurfaces', () => {
  test.each([
    ['https://www.linkedin.com/feed/', ['feed']],
    ['https://www.linkedin.com/feed/foryou/', ['feed']],
    ['https://www.linkedin.com/feed/update/urn:li:activity:123/', ['feed', 'comments']],
    ['https://www.linkedin.com/posts/ana_title-activity-123-abcd/', ['feed', 'comments']],
    ['https://www.linkedin.com/messaging/thread/2-abc/', ['messages']],
    ['https://www.linkedin.com/mynetwork/invitation-manager/', ['invitations']],
    ['https://www.linkedin.com/in/ana/', []],
  ])('%s should show %j', (url, surfaces) => {
    expect(expectedSurfaces(url)).toEqual(surfaces);
  });
});

describe('SelectorHealth', () => {
  test('reports a page that stays empty a few seconds after load', () => {
    health.expect('https://www.linkedin.com/feed/');
    vi.advanceTimersByTime(HEALTH_WAIT_MS - 1);
    expect(reports).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(reports).toEqual([['feed', false]]);
  });

  test('reports ok once when items are found, and no failure afterwards', () => {
    health.expect('https://www.linkedin.com/feed/');
    health.found('post');
    health.found('post');
    health.found('comment');
    vi.advanceTimersByTime(HEALTH_WAIT_MS * 2);
    expect(reports).toEqual([
      ['feed', true],
      ['comments', true],
    ]);
  });

  test('an in-page navigation starts a new wait; the old page\'s timer is void', () => {
    health.expect('https://www.linkedin.com/feed/');
    vi.advanceTimersByTime(HEALTH_WAIT_MS / 2);
    health.expect('https://www.linkedin.com/messaging/thread/2-abc/');
    health.found('message');
    vi.advanceTimersByTime(HEALTH_WAIT_MS * 2);
    expect(reports).toEqual([['messages', true]]);
  });

  test('a background tab is not judged until it is seen', () => {
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    health.expect('https://www.linkedin.com/mynetwork/invitation-manager/');
    vi.advanceTimersByTime(HEALTH_WAIT_MS * 3);
    expect(reports).toEqual([]);
    visibility.mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    vi.advanceTimersByTime(HEALTH_WAIT_MS);
    expect(reports).toEqual([['invitations', false]]);
    visibility.mockRestore();
  });

  test('pages with nothing to expect report nothing', () => {
    health.expect('https://www.linkedin.com/in/ana/');
    vi.advanceTimersByTime(HEALTH_WAIT_MS * 2);
    expect(reports).toEqual([]);
  });

  test('an empty invitation manager (Ember empty state, React screen without cards) is healthy, not broken', () => {
    for (const page of ['synthetic-invitation-manager-empty-ember-2026.html', 'synthetic-invitation-manager-empty-react-2026.html']) {
      reports = [];
      showPage(page);
      health.expect('https://www.linkedin.com/mynetwork/invitation-manager/');
      vi.advanceTimersByTime(HEALTH_WAIT_MS);
      expect(reports).toEqual([['invitations', true]]);
    }
  });

  test('invitations without notes yield no item, and still count as recognised', () => {
    showPage('synthetic-invitation-manager-react-note-beside-2026.html', (html) => html.replace(/<p class="h9i0j1"><span data-testid="expandable-text-box".*?<\/p>/s, ''));
    health.expect('https://www.linkedin.com/mynetwork/invitation-manager/received/');
    vi.advanceTimersByTime(HEALTH_WAIT_MS);
    expect(reports).toEqual([['invitations', true]]);
  });

  test('invitation cards in an unknown markup are reported as broken', () => {
    showPage('synthetic-invitation-manager-react-2026.html', (html) => html.replaceAll('pending-invitation', 'invitation-card-v2'));
    health.expect('https://www.linkedin.com/mynetwork/invitation-manager/');
    vi.advanceTimersByTime(HEALTH_WAIT_MS);
    expect(reports).toEqual([['invitations', false]]);
  });

  test('a post page whose comments are found reports both surfaces', () => {
    showPage('synthetic-react-post-detail-2026.html');
    health.expect('https://www.linkedin.com/feed/update/urn:li:activity:7411111111111111111/');
    health.found('post');
    health.found('comment');
    vi.advanceTimersByTime(HEALTH_WAIT_MS * 2);
    expect(reports).toEqual([
      ['feed', true],
      ['comments', true],
    ]);
  });

  test('a post page without comments says nothing about comments', () => {
    showPage('linkedin-react-feed-posts-2026-09-scrubbed.html');
    health.expect('https://www.linkedin.com/feed/update/urn:li:activity:7411111111111111111/');
    health.found('post');
    vi.advanceTimersByTime(HEALTH_WAIT_MS * 2);
    expect(reports).toEqual([['feed', true]]);
  });

  test('a post page showing comments the adapter no longer recognises reports comments as broken', () => {
    showPage('synthetic-react-post-detail-2026.html', (html) => html.replaceAll('CommentComponentReference_urn', 'CommentCardV3_urn'));
    health.expect('https://www.linkedin.com/feed/update/urn:li:activity:7411111111111111111/');
    health.found('post');
    vi.advanceTimersByTime(HEALTH_WAIT_MS);
    expect(reports).toEqual([
      ['feed', true],
      ['comments', false],
    ]);
  });

  test('items already on the page count even before the scanner reports them', () => {
    showPage('linkedin-messaging-thread-2026-05.html');
    health.expect('https://www.linkedin.com/messaging/thread/2-abc/');
    vi.advanceTimersByTime(HEALTH_WAIT_MS);
    expect(reports).toEqual([['messages', true]]);
  });

  test('a page served at /preload/ is judged as the page its canonical link names', () => {
    document.head.innerHTML = '<link rel="canonical" href="https://www.linkedin.com/feed/">';
    health.expect('https://www.linkedin.com/preload/');
    vi.advanceTimersByTime(HEALTH_WAIT_MS);
    expect(reports).toEqual([['feed', false]]);
    document.head.innerHTML = '';
  });
});
