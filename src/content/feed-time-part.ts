// Counting active feed time and offering the nudge off the feed only matter on the feed, so their code is
// an injected part (feed-time-entry.ts) that the content script loads the first time the page shows the
// feed; every other LinkedIn page does without it.
import type { NudgeState } from '../messages';
import { FeedNudge } from './feed-nudge';
import { FeedTimeMeter } from './feed-time-meter';
import type { NudgeBannerPart } from './nudge-banner';
import type { PageSession } from './page-session';

/** What the feed part needs from the content script, which owns the settings and the other parts. */
export interface FeedTimeDeps {
  /** On the feed now (a feed served in a /preload/ document included). */
  onFeed: () => boolean;
  /** The user's stretch (settings.feedNudgeMinutes), read each time: settings change while the page is open. */
  minutes: () => number;
  report: (ms: number) => void;
  state: () => Promise<NudgeState>;
  banner: () => Promise<NudgeBannerPart | undefined>;
}

export interface FeedTime {
  /** After navigation, a settings change or the tab coming back: re-reads whether the feed is active and asks whether the nudge is due. */
  refresh(): void;
}

/** The part's API: the content script starts it once, in its own page visit, with what it needs. */
export type FeedTimePart = (deps: FeedTimeDeps) => FeedTime;

export function startFeedTime(session: PageSession, deps: FeedTimeDeps): FeedTime {
  const meter = new FeedTimeMeter(session, {
    isActive: () => deps.onFeed() && document.visibilityState === 'visible' && document.hasFocus(),
    report: deps.report,
    tick: () => void nudge.check(),
  });
  const nudge = new FeedNudge({ meter, minutes: deps.minutes, onFeed: deps.onFeed, state: deps.state, banner: deps.banner });
  return {
    refresh: () => {
      meter.update();
      if (deps.onFeed()) void nudge.refresh();
    },
  };
}
