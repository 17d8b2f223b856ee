// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { mockBrowser } from './extension-globals';
import { FeedNudge, type FeedNudgeDeps } from '../../src/content/feed-nudge';
import { FEED_REPORT_EVERY_MS, FeedTimeMeter } from '../../src/content/feed-time-meter';
import { OPEN_DRAFT_HASH } from '../../src/content/call/open-draft-hash';
import { InjectedPartLoader } from '../../src/content/injected-part-loader';
import { NudgeBanner, type NudgeBannerDeps } from '../../src/content/nudge-banner';
import { PageSession } from '../../src/content/page-session';
import type { NudgeState } from '../../src/messages';
import type { ConversationStat } from '../../src/shared/store-types';

const ana: ConversationStat = {
  threadId: 'a'.repeat(32),
  participantName: 'Ana Ruiz',
  threadUrl: 'https://www.linkedin.com/messaging/thread/2-abc/',
  inLast7d: 8,
  outLast7d: 6,
  longestRun: 9,
  lastActivity: 1,
  templated: false,
};

let session: PageSession;
let state: NudgeState;
let minutes: number;
let deps: FeedNudgeDeps;
let bannerDeps: { candidates: ReturnType<typeof vi.fn<NudgeBannerDeps['candidates']>>; snooze: ReturnType<typeof vi.fn<NudgeBannerDeps['snooze']>> };
let nudge: FeedNudge;

const banner = (): HTMLElement | null => document.querySelector('not-so-social-nudge');
/** Lets the nudge's awaited messages settle under fake timers. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<main></main>';
  session = new PageSession();
  state = { feedMsToday: 9 * 60_000, snoozedToday: false };
  minutes = 10;
  const meter = new FeedTimeMeter(session, {
    isActive: () => true,
    report: () => undefined,
    tick: () => void nudge.check(),
    now: () => Date.now(),
  });
  deps = {
    meter,
    minutes: () => minutes,
    onFeed: () => true,
    state: vi.fn(async () => state),
    banner: vi.fn(async () => part),
  };
  bannerDeps = { candidates: vi.fn(async () => [ana]), snooze: vi.fn() };
  // The banner part as its injected script creates it, in the same page visit.
  const part = new NudgeBanner(session, bannerDeps);
  nudge = new FeedNudge(deps);
});

afterEach(() => {
  session.stop();
  vi.useRealTimers();
});

describe('FeedNudge', () => {
  test('appears once today\'s feed time passes the stretch, not before, and only then loads the banner\'s code', async () => {
    await nudge.refresh();
    await vi.advanceTimersByTimeAsync(FEED_REPORT_EVERY_MS);
    expect(banner()).toBeNull();
    expect(deps.banner).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(FEED_REPORT_EVERY_MS);
    expect(banner()).not.toBeNull();
    expect(bannerDeps.candidates).toHaveBeenCalledOnce();
    expect(deps.banner).toHaveBeenCalledOnce();
    await vi.advanceTimersByTimeAsync(FEED_REPORT_EVERY_MS * 4);
    expect(document.querySelectorAll('not-so-social-nudge')).toHaveLength(1);
  });

  test('offers the conversations worth a call, linked to their thread with the call fragment, and is not modal', async () => {
    state.feedMsToday = 11 * 60_000;
    await nudge.refresh();
    const root = banner()!.shadowRoot!;
    const region = root.querySelector('[role="region"]')!;
    expect(root.getElementById(region.getAttribute('aria-labelledby')!)!.textContent).toBe('11 minutes on the feed today');
    expect(root.querySelector('[aria-modal]')).toBeNull();
    const link = root.querySelector('a')!;
    expect(link.textContent).toBe('Call Ana Ruiz');
    expect(link.getAttribute('href')).toBe(`https://www.linkedin.com/messaging/thread/2-abc/${OPEN_DRAFT_HASH}`);
    expect(root.querySelector('.why')!.textContent).toContain('14 messages this week');
    expect(document.activeElement).toBe(document.body);
  });

  test('"Not today" snoozes through the background and takes the banner away', async () => {
    state.feedMsToday = 11 * 60_000;
    await nudge.refresh();
    banner()!.shadowRoot!.querySelector<HTMLButtonElement>('button.snooze')!.click();
    expect(bannerDeps.snooze).toHaveBeenCalledOnce();
    expect(banner()).toBeNull();
    await vi.advanceTimersByTimeAsync(FEED_REPORT_EVERY_MS * 2);
    expect(banner()).toBeNull();
  });

  test('a snooze in another tab takes a showing banner away when this tab asks again', async () => {
    state.feedMsToday = 11 * 60_000;
    await nudge.refresh();
    expect(banner()).not.toBeNull();
    state = { ...state, snoozedToday: true };
    await nudge.refresh();
    expect(banner()).toBeNull();
    await vi.advanceTimersByTimeAsync(FEED_REPORT_EVERY_MS * 2);
    expect(banner()).toBeNull();
  });

  test('a snooze from today (another tab, an earlier visit) keeps it away', async () => {
    state = { feedMsToday: 60 * 60_000, snoozedToday: true };
    await nudge.refresh();
    await vi.advanceTimersByTimeAsync(FEED_REPORT_EVERY_MS);
    expect(banner()).toBeNull();
  });

  test('0 minutes turns it off; closing it ends it for this visit', async () => {
    state.feedMsToday = 30 * 60_000;
    minutes = 0;
    await nudge.refresh();
    expect(banner()).toBeNull();
    minutes = 10;
    await nudge.check();
    banner()!.shadowRoot!.querySelector<HTMLButtonElement>('button.close')!.click();
    expect(banner()).toBeNull();
    await nudge.check();
    await settle();
    expect(banner()).toBeNull();
  });

  test('without candidates it still offers a way off the feed', async () => {
    state.feedMsToday = 11 * 60_000;
    bannerDeps.candidates.mockResolvedValue([]);
    await nudge.refresh();
    const root = banner()!.shadowRoot!;
    expect(root.querySelector('a')).toBeNull();
    expect(root.querySelector('p')!.textContent).toMatch(/rather talk to/);
  });

  test('when the banner\'s code could not be injected, nothing shows and the feed goes on', async () => {
    state.feedMsToday = 11 * 60_000;
    vi.mocked(deps.banner).mockResolvedValue(undefined);
    await nudge.refresh();
    await vi.advanceTimersByTimeAsync(FEED_REPORT_EVERY_MS);
    expect(banner()).toBeNull();
    expect(deps.banner).toHaveBeenCalled();
  });
});

describe('the nudge banner\'s injected entry', () => {
  test('registers the banner through its dock: the core\'s loader gets a part that draws it, and asks the background itself', async () => {
    vi.useRealTimers();
    vi.mocked(mockBrowser.runtime.sendMessage).mockClear();
    const loader = new InjectedPartLoader(session, 'nudge-banner', async () => {
      vi.resetModules();
      await import('../../src/content/nudge-banner-entry');
      return true;
    });
    const part = await loader.load();
    part?.offer(12, () => undefined);
    await vi.waitFor(() => expect(banner()?.shadowRoot?.querySelector('h2')?.textContent).toBe('12 minutes on the feed today'));
    expect(mockBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'content/call-candidates' });
    banner()!.shadowRoot!.querySelector<HTMLButtonElement>('button.snooze')!.click();
    expect(mockBrowser.runtime.sendMessage).toHaveBeenLastCalledWith({ type: 'content/nudge-snooze' });
  });
});
