// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import './extension-globals';
import { PageSession } from '../../src/content/page-session';
import { expectedSurfaces, HEALTH_WAIT_MS, SelectorHealth } from '../../src/content/selector-health';

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
});

describe('expectedSurfaces', () => {
  test.each([
    ['https://www.linkedin.com/feed/', ['feed']],
    ['https://www.linkedin.com/feed/update/urn:li:activity:123/', ['feed']],
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
});
