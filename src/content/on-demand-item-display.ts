// Dimming and collapsing flagged items is for the users who chose it; everyone else keeps the default
// labels and never needs that code. This stand-in stays in the content script every LinkedIn page gets: when
// the settings say 'dim' or 'collapse', it loads the display modes' part (injected-part-loader.ts), keeps
// what the scanner asked meanwhile, hands it over in order, and from then on forwards.
import type { Verdict } from '../detect/types';
import type { DisplayMode } from '../shared/settings';
import type { ItemDisplay } from './item-display';

/** The display modes, created in this page visit once their script ran; undefined when they cannot come. */
export type LoadItemDisplay = () => Promise<ItemDisplay | undefined>;

export class OnDemandItemDisplay implements ItemDisplay {
  readonly #load: LoadItemDisplay;
  #part: ItemDisplay | undefined;
  #requested = false;
  /** What the scanner asked while the part is on its way, in the order it asked; undefined when not waiting for it. */
  #pending: Array<(part: ItemDisplay) => void> | undefined;

  constructor(load: LoadItemDisplay) {
    this.#load = load;
  }

  /** The user's display mode, at start and after a settings change: dim or collapse is loaded before an item needs it. */
  prepare(mode: DisplayMode): void {
    if (mode !== 'label') this.#request();
  }

  apply(item: Element, mode: DisplayMode, verdict: Verdict): void {
    this.prepare(mode);
    this.#forward((part) => part.apply(item, mode, verdict));
  }

  clear(item: Element): void {
    this.#forward((part) => part.clear(item));
  }

  // Before any request, 'label' and clearing have nothing to undo: no item was ever dimmed or collapsed.
  // A part that could not come is not asked for again, and what waited for it is dropped.
  #forward(work: (part: ItemDisplay) => void): void {
    if (this.#part) work(this.#part);
    else this.#pending?.push(work);
  }

  #request(): void {
    if (this.#requested) return;
    this.#requested = true;
    const pending: Array<(part: ItemDisplay) => void> = [];
    this.#pending = pending;
    void this.#load().then((part) => {
      this.#pending = undefined;
      this.#part = part;
      if (part) for (const work of pending) work(part);
    });
  }
}
