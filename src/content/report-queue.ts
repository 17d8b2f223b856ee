import type { ItemReport } from '../messages';
import { sendMessage } from './extension-api';
import type { PageSession } from './page-session';

const FLUSH_AFTER_MS = 1000;
const MAX_BATCH = 200;
/** A batch whose send failed this many times in a row is dropped rather than retried forever. */
const MAX_FAILURES = 5;

/** Collects item reports and sends them in batches, so a busy page costs the worker one write per batch. */
export class ReportQueue {
  readonly #session: PageSession;
  #items: ItemReport[] = [];
  #timerSet = false;
  #failures = 0;

  constructor(session: PageSession) {
    this.#session = session;
    // A closing tab still gets its last batch out.
    window.addEventListener('pagehide', () => this.flush(), { signal: session.signal });
  }

  add(report: ItemReport): void {
    this.#items.push(report);
    if (this.#items.length >= MAX_BATCH) this.flush();
    else this.#later(FLUSH_AFTER_MS);
  }

  flush(): void {
    this.#timerSet = false;
    if (this.#items.length === 0 || !this.#session.isAlive()) return;
    const items = this.#items.splice(0, MAX_BATCH);
    sendMessage({ type: 'content/items-seen', items }).then(
      () => {
        this.#failures = 0;
        if (this.#items.length > 0) this.#later(FLUSH_AFTER_MS);
      },
      () => {
        // A worker stopped while writing drops its reply. Sending the batch again is safe: the store
        // counts an item id once, so a batch that was in fact written is not counted twice.
        if (!this.#session.isAlive() || ++this.#failures >= MAX_FAILURES) {
          this.#failures = 0;
          return;
        }
        this.#items.unshift(...items);
        this.#later(FLUSH_AFTER_MS * this.#failures);
      },
    );
  }

  #later(ms: number): void {
    if (this.#timerSet) return;
    this.#timerSet = true;
    this.#session.setTimeout(() => this.flush(), ms);
  }
}
