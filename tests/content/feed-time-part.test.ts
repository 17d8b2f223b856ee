// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import './extension-globals';
import { FEED_REPORT_EVERY_MS } from '../../src/content/feed-time-meter';
import type { FeedTimeDeps, FeedTimePart } from '../../src/content/feed-time-part';
import { InjectedPartLoader } from '../../src/content/injected-part-loader';
import type { NudgeBannerPart } from '../../src/content/nudge-banner';
import { PageSession } from '../../src/content/page-session';

let session: PageSession;
let onFeed: boolean;

/** The deps start-page.ts gives the part, recording what the part asks for. */
function deps(): FeedTimeDeps & { reported: number[]; offered: number[]; asked: () => number } {
  const reported: number[] = [];
  const offered: number[] = [];
  let asked = 0;
  const banner: NudgeBannerPart = { offer: (minutes) => void offered.push(minutes), withdraw: () => undefined };
  return {
    reported,
    offered,
    asked: () => asked,
    onFeed: () => onFeed,
    minutes: () => 10,
    report: (ms) => void reported.push(ms),
    state: async () => {
      asked += 1;
      return { feedMsToday: 10 * 60_000, snoozedToday: false };
    },
    banner: async () => banner,
  };
}

/** The core's wiring, with the worker's injection replaced by importing the part's entry. */
async function loadPart(): Promise<FeedTimePart> {
  const inject = vi.fn(async () => {
    vi.resetModules();
    await import('../../src/content/feed-time-entry');
    return true;
  });
  const start = await new InjectedPartLoader(session, 'feed-time', inject).load();
  expect(inject).toHaveBeenCalledOnce();
  if (!start) throw new Error('the feed time part did not register');
  return start;
}

beforeEach(() => {
  vi.useFakeTimers();
  session = new PageSession();
  onFeed = true;
  vi.spyOn(document, 'hasFocus').mockReturnValue(true);
});
afterEach(() => {
  session.stop();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('the feed time part', () => {
  test('registers through its dock; started, it measures active feed time and offers the nudge once it is due', async () => {
    const start = await loadPart();
    const given = deps();
    const feed = start(given);
    feed.refresh();
    await vi.advanceTimersByTimeAsync(0);
    expect(given.asked()).toBe(1);
    expect(given.offered).toEqual([10]);
    await vi.advanceTimersByTimeAsync(FEED_REPORT_EVERY_MS);
    expect(given.reported).toEqual([FEED_REPORT_EVERY_MS]);
  });

  test('off the feed it counts nothing and does not ask about the nudge', async () => {
    const start = await loadPart();
    onFeed = false;
    const given = deps();
    start(given).refresh();
    await vi.advanceTimersByTimeAsync(FEED_REPORT_EVERY_MS * 2);
    expect(given.asked()).toBe(0);
    expect(given.reported).toEqual([]);
    expect(given.offered).toEqual([]);
  });
});
