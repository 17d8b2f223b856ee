import type { NudgeState } from '../messages';
import type { ConversationStat } from '../shared/store-types';
import type { NudgeBannerPart } from './nudge-banner';

export interface FeedNudgeDeps {
  meter: { readonly reportedMs: number; readonly totalMs: number };
  /** The user's stretch (settings.feedNudgeMinutes); 0 turns the nudge off. */
  minutes: () => number;
  onFeed: () => boolean;
  state: () => Promise<NudgeState>;
  candidates: () => Promise<ConversationStat[]>;
  snooze: () => Promise<unknown>;
  /** The banner's code, injected when the nudge is first due; undefined when it could not be. */
  banner: () => Promise<NudgeBannerPart | undefined>;
}

/**
 * Offers a way off the feed once today's active feed time passes the user's stretch. Today's time and
 * the snooze are the background's: this adds only what the visit measured since it last asked. The
 * banner itself is drawn by code the worker injects the first time it is due.
 */
export class FeedNudge {
  readonly #deps: FeedNudgeDeps;
  #state: NudgeState | null = null;
  #meterAtState = 0;
  #banner: HTMLElement | null = null;
  #busy = false;
  #closed = false;

  constructor(deps: FeedNudgeDeps) {
    this.#deps = deps;
  }

  /** Asks the background again (on load, when the tab comes back): another tab may have snoozed. */
  async refresh(): Promise<void> {
    const meterNow = this.#deps.meter.reportedMs;
    this.#state = await this.#deps.state();
    this.#meterAtState = meterNow;
    if (this.#state.snoozedToday) this.#removeBanner();
    await this.check();
  }

  todayMs(): number {
    return (this.#state?.feedMsToday ?? 0) + this.#deps.meter.totalMs - this.#meterAtState;
  }

  async check(): Promise<void> {
    const minutes = this.#deps.minutes();
    if (!this.#state || this.#state.snoozedToday || this.#closed || this.#banner || this.#busy) return;
    if (minutes <= 0 || !this.#deps.onFeed() || this.todayMs() < minutes * 60_000) return;
    this.#busy = true;
    try {
      const [part, conversations] = await Promise.all([this.#deps.banner(), this.#deps.candidates().catch(() => [])]);
      if (!part) return;
      this.#banner = part.create({
        minutes: Math.floor(this.todayMs() / 60_000),
        conversations,
        onSnooze: () => {
          if (this.#state) this.#state = { ...this.#state, snoozedToday: true };
          this.#removeBanner();
          void this.#deps.snooze().catch(() => undefined);
        },
        onClose: () => {
          this.#closed = true;
          this.#removeBanner();
        },
      });
      document.body.append(this.#banner);
    } finally {
      this.#busy = false;
    }
  }

  #removeBanner(): void {
    this.#banner?.remove();
    this.#banner = null;
  }
}
