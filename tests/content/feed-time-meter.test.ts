// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import './extension-globals';
import { FEED_REPORT_EVERY_MS, FeedTimeMeter } from '../../src/content/feed-time-meter';
import { PageSession } from '../../src/content/page-session';

let session: PageSession;
let active: boolean;
let reports: number[];
let meter: FeedTimeMeter;

beforeEach(() => {
  vi.useFakeTimers();
  session = new PageSession();
  active = true;
  reports = [];
  meter = new FeedTimeMeter(session, { isActive: () => active, report: (ms) => reports.push(ms), now: () => Date.now() });
});

afterEach(() => {
  session.stop();
  vi.useRealTimers();
});

describe('FeedTimeMeter', () => {
  test('reports active time every 30 seconds', () => {
    vi.advanceTimersByTime(FEED_REPORT_EVERY_MS * 3);
    expect(reports).toEqual([30_000, 30_000, 30_000]);
    expect(meter.reportedMs).toBe(90_000);
  });

  test('counts nothing while the user is away (hidden, unfocused or off the feed)', () => {
    vi.advanceTimersByTime(10_000);
    active = false;
    meter.update();
    vi.advanceTimersByTime(FEED_REPORT_EVERY_MS * 2);
    expect(reports).toEqual([10_000]);
    active = true;
    meter.update();
    vi.advanceTimersByTime(5_000);
    expect(meter.totalMs).toBe(15_000);
  });

  test('hands over the last stretch when the page is hidden or closed', () => {
    vi.advanceTimersByTime(12_000);
    window.dispatchEvent(new Event('pagehide'));
    expect(reports).toEqual([12_000]);
  });

  test('keeps stretches under a second for the next report instead of sending them', () => {
    vi.advanceTimersByTime(400);
    meter.flush();
    expect(reports).toEqual([]);
    expect(meter.totalMs).toBe(400);
  });

  test('a sleeping machine does not count as reading', () => {
    vi.setSystemTime(Date.now() + 3 * 3_600_000);
    meter.flush();
    expect(reports).toEqual([60_000]);
  });

  test('stops reporting when the page session ends', () => {
    session.stop();
    vi.advanceTimersByTime(FEED_REPORT_EVERY_MS * 2);
    expect(reports).toEqual([]);
  });
});
