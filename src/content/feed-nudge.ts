import type { NudgeState } from '../messages';
import type { NudgeBannerPart } from './nudge-banner';

export interface FeedNudgeDeps {
  meter: { readonly reportedMs: number; readonly totalMs: number };
  /** The user's stretch (settings.feedNudgeMinutes); 0 turns the nudge off. */
  minutes: () => number;
  onFeed: () => boolean;
  state: () => Promise<NudgeState>;
  /** The banner's code, injected the first time the nudge is due; undefined when it could not be. */
  banner: () => Promise<NudgeBannerPart | undefined>;
}

/**
 * Decides when to offer a way off the feed: once today's active feed time passes the user's stretch.
 * Today's time and the snooze are the background's: this adds only what the visit measured since it
 * last asked. Showing the offer is the banner's, whose code the worker injects the first time it is due.
 */
export class FeedNudge {
  readonly #deps: FeedNudgeDeps;
  #state: NudgeState | null = null;
  #meterAtState = 0;
  #banner: NudgeBannerPart | undefined;

  constructor(deps: FeedNudgeDeps) {
    this.#deps = deps;
  }

  /** Asks the background again (on load, when the tab comes back): another tab may have snoozed. */
  async refresh(): Promise<void> {
    const meterNow = this.#deps.meter.reportedMs;
    this.#state = await this.#deps.state();
    this.#meterAtState = meterNow;
    if (this.#state.snoozedToday) this.#banner?.withdraw();
    await this.check();
  }

  todayMs(): number {
    return (this.#state?.feedMsToday ?? 0) + this.#deps.meter.totalMs - this.#meterAtState;
  }

  async check(): Promise<void> {
    const minutes = this.#deps.minutes();
    if (!this.#state || this.#state.snoozedToday || minutes <= 0 || !this.#deps.onFeed() || this.todayMs() < minutes * 60_000) return;
    this.#banner = await this.#deps.banner();
    this.#banner?.offer(Math.floor(this.todayMs() / 60_000), () => {
      if (this.#state) this.#state = { ...this.#state, snoozedToday: true };
    });
  }
}
