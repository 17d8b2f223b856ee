import { detect, type DetectOptions } from '../detect';
import type { ItemKind, Verdict } from '../detect/types';
import type { ItemReport } from '../messages';
import { hashId } from '../shared/hash-id';
import type { DisplayMode } from '../shared/settings';
import { findItemsIn } from '../sites/linkedin/find-items';
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
}

interface Flagged {
  element: Element;
  verdict: Verdict;
}

/** Finds the items in added subtrees, judges each element once, labels the flagged ones and reports all. */
export class ItemScanner {
  readonly #handled = new WeakSet<Element>();
  readonly #flagged = new Set<Flagged>();
  readonly #deps: ScannerDeps;

  constructor(deps: ScannerDeps) {
    this.#deps = deps;
  }

  async scan(roots: Element[]): Promise<void> {
    const fresh = roots.flatMap((root) => findItemsIn(root)).filter((found) => {
      if (this.#handled.has(found.element)) return false;
      this.#handled.add(found.element);
      return true;
    });
    const options = this.#deps.options();
    for (const { item } of fresh) this.#deps.found?.(item.kind);
    await Promise.all(
      fresh.map(async ({ item, element, labelAnchor }) => {
        const verdicts = detect(item, options);
        const id = await hashId(item.id);
        const top = verdicts[0];
        if (top && !this.#deps.corrected.has(id)) this.#flag(id, element, labelAnchor, top);
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
      }),
    );
  }

  /** Applies the current display mode again to every flagged item still on the page (settings changed). */
  redisplay(): void {
    const mode = this.#deps.display();
    for (const flagged of this.#flagged) {
      if (flagged.element.isConnected) applyDisplay(flagged.element, mode, flagged.verdict);
      else this.#flagged.delete(flagged);
    }
  }

  #flag(id: string, element: Element, labelAnchor: Element, verdict: Verdict): void {
    const flagged: Flagged = { element, verdict };
    const label = createLabel(verdict, () => {
      label.remove();
      clearDisplay(element);
      this.#flagged.delete(flagged);
      this.#deps.correct(id, verdict);
    });
    labelAnchor.after(label);
    this.#flagged.add(flagged);
    applyDisplay(element, this.#deps.display(), verdict);
  }
}
