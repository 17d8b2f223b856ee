import type { PageSession } from './page-session';

/** How often active feed time is handed to the background; also the nudge's granularity. */
export const FEED_REPORT_EVERY_MS = 30_000;
// Shorter stretches are kept until the next report rather than costing a message each.
const SMALLEST_REPORT_MS = 1000;
// Reports come every 30 s while active, so a longer stretch means the machine slept, not the user read.
const LONGEST_STRETCH_MS = 2 * FEED_REPORT_EVERY_MS;

export interface FeedTimeMeterDeps {
  /** On the feed, tab visible and window focused. */
  isActive: () => boolean;
  report: (ms: number) => void;
  /** Called after each periodic report, for whatever acts on the running total. */
  tick?: () => void;
  now?: () => number;
}

/**
 * Measures time actively spent on the feed and reports it in pieces: every 30 s and when the page is
 * hidden or closed. It keeps only this visit's running total; the day's count lives in the background.
 */
export class FeedTimeMeter {
  readonly #deps: FeedTimeMeterDeps;
  readonly #now: () => number;
  #activeSince: number | null = null;
  #pendingMs = 0;
  #reportedMs = 0;

  constructor(session: PageSession, deps: FeedTimeMeterDeps) {
    this.#deps = deps;
    this.#now = deps.now ?? (() => performance.now());
    const update = (): void => this.update();
    const options = { signal: session.signal };
    document.addEventListener('visibilitychange', () => {
      this.update();
      if (document.visibilityState === 'hidden') this.flush();
    }, options);
    window.addEventListener('focus', update, options);
    window.addEventListener('blur', update, options);
    window.addEventListener('pagehide', () => this.flush(), options);
    session.setInterval(() => {
      this.flush();
      deps.tick?.();
    }, FEED_REPORT_EVERY_MS);
    this.update();
  }

  /** Re-reads whether the user is on the feed right now: after focus, visibility or navigation changes. */
  update(): void {
    const active = this.#deps.isActive();
    if (active && this.#activeSince === null) this.#activeSince = this.#now();
    else if (!active && this.#activeSince !== null) {
      this.#pendingMs += this.#now() - this.#activeSince;
      this.#activeSince = null;
    }
  }

  flush(): void {
    if (this.#activeSince !== null) {
      const now = this.#now();
      this.#pendingMs += now - this.#activeSince;
      this.#activeSince = now;
    }
    if (this.#pendingMs < SMALLEST_REPORT_MS) return;
    const ms = Math.round(Math.min(this.#pendingMs, LONGEST_STRETCH_MS));
    this.#pendingMs = 0;
    this.#reportedMs += ms;
    this.#deps.report(ms);
  }

  /** Active feed time of this visit already handed to the background. */
  get reportedMs(): number {
    return this.#reportedMs;
  }

  /** All active feed time of this visit, reported or not. */
  get totalMs(): number {
    const live = this.#activeSince === null ? 0 : this.#now() - this.#activeSince;
    return this.#reportedMs + this.#pendingMs + live;
  }
}
