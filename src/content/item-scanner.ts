import type { Item, ItemKind, Verdict } from '../detect/types';
import { MAX_JUDGE_BATCH, type JudgedItem } from '../messages';
import type { DisplayMode } from '../shared/settings';
import { findItemsIn, type FoundItem } from '../sites/linkedin/find-items';
import { ITEM } from '../sites/linkedin/selectors';
import { idlePause, SLICE_MS } from './idle-pause';
import type { ItemDisplay } from './item-display';
import { createLabel } from './label';

/** An item read from the page with the worker's answer for it. */
export interface JudgedFound {
  found: FoundItem;
  /** Hashed, as the store and the corrections know it. */
  id: string;
  verdicts: Verdict[];
}

export interface ScannerDeps {
  /** The worker's verdicts and hashed ids for the items, in order; null when it could not answer. */
  judge: (items: Item[]) => Promise<JudgedItem[] | null>;
  display: () => DisplayMode;
  /** Dims or collapses flagged items when `display` says so; without it, flagged items are only labelled. */
  itemDisplay?: ItemDisplay;
  /** Hashed ids the user said are not broadcast: judged and counted, never labelled. */
  corrected: Set<string>;
  correct: (id: string, verdict: Verdict) => void;
  /** Every kind of item found, flagged or not: what selector health waits for. */
  found?: (kind: ItemKind) => void;
  /** The messages each scan judged, one call per scan in the order the scans began: what the call feature counts. */
  messages?: (judged: JudgedFound[]) => void;
  /** Gives the main thread back between slices of work; resolves when scanning may go on. */
  pause?: () => Promise<void>;
}

interface Flagged {
  found: FoundItem;
  id: string;
  verdict: Verdict;
  label: HTMLElement;
}

/**
 * Finds the items in added subtrees, reads each element once, has the worker judge (and count) them, and
 * labels the flagged ones.
 */
export class ItemScanner {
  readonly #handled = new WeakSet<Element>();
  readonly #flagged = new Set<Flagged>();
  readonly #deps: ScannerDeps;
  /** The last scan's hand-over of its messages: the next waits for it, so threads see their messages in page order. */
  #handedOver: Promise<void> = Promise.resolve();

  constructor(deps: ScannerDeps) {
    this.#deps = deps;
  }

  /**
   * Reads the items under `roots` a few milliseconds at a time, so that a rescan of a page holding
   * thousands of comments never becomes one long task, and has the worker judge them in as few messages
   * as the protocol allows: each message costs the page a serialisation and a reply to unpack, whatever
   * it holds. Resolves when all are labelled and handed over.
   */
  async scan(roots: Element[]): Promise<void> {
    const pause = this.#deps.pause ?? idlePause;
    const requests: Promise<JudgedFound[]>[] = [];
    let batch: FoundItem[] = [];
    const sendBatch = (): void => {
      if (batch.length > 0) requests.push(this.#judge(batch));
      batch = [];
    };
    let sliceStart = performance.now();
    let lastRead: Element | undefined;
    for (const candidate of roots.flatMap((root) => this.#candidatesIn(root))) {
      if (this.#handled.has(candidate)) continue;
      // Reading a candidate reads every item inside it, and candidates come in document order: one inside
      // the last read is done (a reply, or the comment a React wrapper keyed with the same urn holds).
      if (lastRead?.contains(candidate)) {
        this.#handled.add(candidate);
        continue;
      }
      if (performance.now() - sliceStart > SLICE_MS) {
        await pause();
        sliceStart = performance.now();
      }
      lastRead = candidate;
      for (const found of findItemsIn(candidate)) {
        if (this.#handled.has(found.element)) continue;
        this.#handled.add(found.element);
        this.#deps.found?.(found.item.kind);
        batch.push(found);
        if (batch.length >= MAX_JUDGE_BATCH) sendBatch();
      }
      // A React wrapper yields no item of its own; marked, it is not read again when something changes inside it.
      this.#handled.add(candidate);
    }
    sendBatch();
    const judged = (await Promise.all(requests)).flat();
    // Every label of the scan goes into the page in one task: each separate DOM write would cost a
    // huge page another style, layout and paint pass.
    for (const { found, id, verdicts } of judged) {
      const top = verdicts[0];
      if (top && !this.#deps.corrected.has(id)) this.#flag(found, id, top);
    }
    const messages = judged.filter(({ found }) => found.item.kind === 'message');
    const handOver = this.#handedOver.then(() => {
      if (messages.length > 0) this.#deps.messages?.(messages);
    });
    this.#handedOver = handOver;
    await handOver;
  }

  /** The worker's answer paired with what was read; nothing when it could not answer (the items stay unlabelled). */
  async #judge(found: FoundItem[]): Promise<JudgedFound[]> {
    const answers = await this.#deps.judge(found.map((f) => f.item));
    if (!answers || answers.length !== found.length) return [];
    return found.map((f, i) => ({ found: f, id: answers[i]!.id, verdicts: answers[i]!.verdicts }));
  }

  /**
   * Settings changed (sensitivity, patterns, display): the items already labelled are judged again and
   * shown the new way; one no longer flagged loses its label. Items judged clean stay unlabelled until
   * the page shows them again, so a stricter setting applies to what comes next.
   */
  async applySettings(): Promise<void> {
    for (const flagged of this.#flagged) if (!flagged.found.element.isConnected) this.#flagged.delete(flagged);
    const current = [...this.#flagged];
    const answers: JudgedFound[] = [];
    for (let start = 0; start < current.length; start += MAX_JUDGE_BATCH) {
      answers.push(...(await this.#judge(current.slice(start, start + MAX_JUDGE_BATCH).map((f) => f.found))));
    }
    if (answers.length !== current.length) return;
    const mode = this.#deps.display();
    current.forEach((flagged, i) => {
      // "Not broadcast" may have been pressed while the worker was answering.
      if (!this.#flagged.has(flagged)) return;
      const { found, id, verdict } = flagged;
      const top = answers[i]!.verdicts[0];
      if (top?.pattern === verdict.pattern && top.level === verdict.level) {
        this.#deps.itemDisplay?.apply(found.element, mode, verdict);
        return;
      }
      this.#unflag(flagged);
      if (top) this.#flag(found, id, top);
    });
  }

  /**
   * The item elements to read for an added subtree. Added inside an item not yet read (a post arriving
   * whole, a lazily rendered body), that item alone: reading it reads everything inside it, so the
   * subtree is not searched twice. Otherwise (a page section, a reply added to a comment already read)
   * the items within it, each read on its own so that the work can be sliced; nested ones already read
   * with their parent are skipped.
   */
  #candidatesIn(root: Element): Element[] {
    const enclosing = root.closest(ITEM);
    return enclosing && !this.#handled.has(enclosing) ? [enclosing] : [...root.querySelectorAll(ITEM)];
  }

  #flag(found: FoundItem, id: string, verdict: Verdict): void {
    const label = createLabel(verdict, () => {
      this.#unflag(flagged);
      this.#deps.correct(id, verdict);
    });
    const flagged: Flagged = { found, id, verdict, label };
    found.labelAnchor.after(label);
    this.#flagged.add(flagged);
    this.#deps.itemDisplay?.apply(found.element, this.#deps.display(), verdict);
  }

  #unflag(flagged: Flagged): void {
    flagged.label.remove();
    this.#deps.itemDisplay?.clear(flagged.found.element);
    this.#flagged.delete(flagged);
  }
}

