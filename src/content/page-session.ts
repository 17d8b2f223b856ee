import { runtimeId } from './extension-api';

// One object per page visit owns everything the content script starts. When the extension is
// reloaded or updated underneath the page, the old script loses its runtime; the session notices on
// the next use and stops everything quietly instead of throwing on every mutation.
export class PageSession {
  readonly #controller = new AbortController();
  readonly #cleanups: Array<() => void> = [];

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get stopped(): boolean {
    return this.#controller.signal.aborted;
  }

  /** True while the extension that injected this script is still installed and loaded. */
  isAlive(): boolean {
    if (this.stopped) return false;
    try {
      if (runtimeId()) return true;
    } catch {
      // Accessing the runtime of an invalidated extension throws in Chromium.
    }
    this.stop();
    return false;
  }

  onStop(cleanup: () => void): void {
    if (this.stopped) cleanup();
    else this.#cleanups.push(cleanup);
  }

  setTimeout(callback: () => void, ms: number): void {
    const handle = window.setTimeout(() => {
      if (this.isAlive()) callback();
    }, ms);
    this.onStop(() => window.clearTimeout(handle));
  }

  setInterval(callback: () => void, ms: number): void {
    const handle = window.setInterval(() => {
      if (this.isAlive()) callback();
    }, ms);
    this.onStop(() => window.clearInterval(handle));
  }

  stop(): void {
    if (this.stopped) return;
    this.#controller.abort();
    for (const cleanup of this.#cleanups.splice(0)) cleanup();
  }
}
