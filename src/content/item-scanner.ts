import { detect, type DetectOptions } from '../detect';
import type { Verdict } from '../detect/types';
import type { ItemReport } from '../messages';
import { hashId } from '../shared/hash-id';
import { findItemsIn } from '../sites/linkedin/find-items';
import { createLabel } from './label';

export interface ScannerDeps {
  options: () => DetectOptions;
  corrected: Set<string>;
  report: (report: ItemReport) => void;
  correct: (id: string, verdict: Verdict) => void;
}

/** Finds the items in added subtrees, judges each element once, labels the flagged ones and reports all. */
export class ItemScanner {
  readonly #handled = new WeakSet<Element>();
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
    await Promise.all(
      fresh.map(async ({ item, labelAnchor }) => {
        const verdicts = detect(item, options);
        const id = await hashId(item.id);
        const top = verdicts[0];
        if (top && !this.#deps.corrected.has(id)) {
          const label = createLabel(top, () => {
            label.remove();
            this.#deps.correct(id, top);
          });
          labelAnchor.after(label);
        }
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
}
