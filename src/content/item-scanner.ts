import { detect, type DetectOptions } from '../detect';
import type { ItemKind, Verdict } from '../detect/types';
import type { ItemReport } from '../messages';
import { hashId } from '../shared/hash-id';
import type { DisplayMode } from '../shared/settings';
import { findItemsIn, type FoundItem } from '../sites/linkedin/find-items';
import { ITEM } from '../sites/linkedin/selectors';
import { idlePause, SLICE_MS } from './idle-pause';
import { applyDisplay, clearDisplay } from './item-display';
import { createLabel } from './label';

export interface ScannerDeps {
  options: () => DetectOptions;
  display: () => DisplayMode;
  corrected: Set<string>;
  report: (report: ItemReport) => void;
  correct: (id: string, verdict: Verdict) => void;
  /** Every kind of item found, flagged or not: what selector health waits for. */
  found?: (kind: ItemKind) => void;
  /** Gives the main thread back between slices of work; resolves when scanning may go on. */
  pause?: () => Promise<void>;
}

interface Flagged {
  found: FoundItem;
  id: string;
  verdict: Verdict;
  label: HTMLElement;
}

/** Finds the items in added subtrees, judges each element once, labels the flagged ones and reports all. */
export class ItemScanner {
  readonly #handled = new WeakSet<Element>();
  readonly #flagged = new Set<Flagged>();
  readonly #deps: ScannerDeps;

  constructor(deps: ScannerDeps) {
    this.#deps = deps;
  }

  /**
   * Reads, judges and labels the items under `roots`, a few milliseconds at a time: a rescan of a
   * page holding thousands of comments never becomes one long task. Resolves when all are reported.
   */
  async scan(roots: Element[]): Promise<void> {
    const pause = this.#deps.pause ?? idlePause;
    const options = this.#deps.options();
    const judged: Promise<(() => void) | null>[] = [];
    let sliceStart = performance.now();
    for (const candidate of roots.flatMap(candidatesIn)) {
      if (this.#handled.has(candidate)) continue;
      if (performance.now() - sliceStart > SLICE_MS) {
        await pause();
        sliceStart = performance.now();
      }
      for (const found of findItemsIn(candidate)) {
        if (this.#handled.has(found.element)) continue;
        this.#handled.add(found.element);
        this.#deps.found?.(found.item.kind);
        judged.push(this.#judge(found, options));
      }
    }
    // Every label of the scan goes into the page in one task: each separate DOM write would cost a
    // huge page another style, layout and paint pass.
    for (const write of await Promise.all(judged)) write?.();
  }

  /** Judges the item and reports it; returns the page change its verdict calls for, if any. */
  async #judge(found: FoundItem, options: DetectOptions): Promise<(() => void) | null> {
    const { item } = found;
    const verdicts = detect(item, options);
    const id = await hashId(item.id);
    const top = verdicts[0];
    this.#deps.report({
      id,
      kind: item.kind,
      verdicts: verdicts.map((v) => ({
        pattern: v.pattern,
        level: v.level === 'high' ? 'high' : 'low',
        score: v.score,
        reasons: v.reasons.map((r) => r.code),
      })),
    });
    return top && !this.#deps.corrected.has(id) ? () => this.#flag(found, id, top) : null;
  }

  /**
   * Settings changed (sensitivity, patterns, display): the items already labelled are judged again and
   * shown the new way; one no longer flagged loses its label. Items judged clean stay unlabelled until
   * the page shows them again, so a stricter setting applies to what comes next.
   */
  applySettings(): void {
    const options = this.#deps.options();
    const mode = this.#deps.display();
    for (const flagged of [...this.#flagged]) {
      const { found, id, verdict } = flagged;
      if (!found.element.isConnected) {
        this.#flagged.delete(flagged);
        continue;
      }
      const top = detect(found.item, options)[0];
      if (top?.pattern === verdict.pattern && top.level === verdict.level) {
        applyDisplay(found.element, mode, verdict);
        continue;
      }
      this.#unflag(flagged);
      if (top) this.#flag(found, id, top);
    }
  }

  #flag(found: FoundItem, id: string, verdict: Verdict): void {
    const label = createLabel(verdict, () => {
      this.#unflag(flagged);
      this.#deps.correct(id, verdict);
    });
    const flagged: Flagged = { found, id, verdict, label };
    found.labelAnchor.after(label);
    this.#flagged.add(flagged);
    applyDisplay(found.element, this.#deps.display(), verdict);
  }

  #unflag(flagged: Flagged): void {
    flagged.label.remove();
    clearDisplay(flagged.found.element);
    this.#flagged.delete(flagged);
  }
}

/**
 * The item elements an added subtree brings, outermost first: the item it was added inside (a "see
 * more" expansion, a lazily rendered body), itself, and the items within it. Each is read on its own
 * so that the work can be sliced; nested ones already read with their parent are skipped.
 */
function candidatesIn(root: Element): Element[] {
  const enclosing = root.closest(ITEM);
  const inside = [...root.querySelectorAll(ITEM)];
  return enclosing ? [enclosing, ...inside] : inside;
}
