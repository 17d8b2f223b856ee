import type { ItemReport } from '../messages';
import { sendMessage } from './extension-api';
import type { PageSession } from './page-session';

const FLUSH_AFTER_MS = 1000;
const MAX_BATCH = 200;

/** Collects item reports and sends them in batches, so a busy page costs the worker one write per batch. */
export class ReportQueue {
  readonly #session: PageSession;
  #items: ItemReport[] = [];
  #timerSet = false;

  constructor(session: PageSession) {
    this.#session = session;
    // A closing tab still gets its last batch out.
    window.addEventListener('pagehide', () => this.flush(), { signal: session.signal });
  }

  add(report: ItemReport): void {
    this.#items.push(report);
    if (this.#items.length >= MAX_BATCH) this.flush();
    else if (!this.#timerSet) {
      this.#timerSet = true;
      this.#session.setTimeout(() => this.flush(), FLUSH_AFTER_MS);
    }
  }

  flush(): void {
    this.#timerSet = false;
    if (this.#items.length === 0 || !this.#session.isAlive()) return;
    const items = this.#items.splice(0);
    sendMessage({ type: 'content/items-seen', items }).catch(() => this.#session.isAlive());
  }
}
