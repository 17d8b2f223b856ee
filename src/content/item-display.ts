// The dim and collapse display modes. Only users who chose one need this code, so it is its own injected
// part (display-modes-entry.ts); the content script every page gets holds a stand-in (on-demand-item-display.ts).
import type { Verdict } from '../detect/types';
import type { DisplayMode } from '../shared/settings';
import { createCollapseBar } from './collapse-bar';
import { DISPLAY_ATTRIBUTE, DISPLAY_CSS } from './display-styles';
import { OWN_NODE_ATTRIBUTE } from './own-node';

/** How flagged items are shown: what the scanner asks of the display modes' part. */
export interface ItemDisplay {
  apply(item: Element, mode: DisplayMode, verdict: Verdict): void;
  clear(item: Element): void;
}

const collapseBars = new WeakMap<Element, HTMLElement>();
// Items the user opened with "show" stay open for the visit, even when settings are applied again.
const revealed = new WeakSet<Element>();

function ensurePageStyles(): void {
  if (document.querySelector(`style[${OWN_NODE_ATTRIBUTE}="display"]`)) return;
  const style = document.createElement('style');
  style.setAttribute(OWN_NODE_ATTRIBUTE, 'display');
  style.textContent = DISPLAY_CSS;
  (document.head ?? document.documentElement).append(style);
}

/**
 * Shows a flagged item the way the user chose: 'label' leaves it alone, 'dim' fades it, 'collapse'
 * hides it behind a one-line bar whose "show" brings it back for this visit.
 */
export function applyDisplay(item: Element, mode: DisplayMode, verdict: Verdict): void {
  clearDisplay(item);
  if (mode === 'label' || revealed.has(item)) return;
  ensurePageStyles();
  item.setAttribute(DISPLAY_ATTRIBUTE, mode);
  if (mode === 'collapse') {
    const bar = createCollapseBar(verdict, () => {
      revealed.add(item);
      clearDisplay(item);
    });
    collapseBars.set(item, bar);
    item.before(bar);
  }
}

/** Gives the item back in full: after "show", "not broadcast", or a switch to 'label'. */
export function clearDisplay(item: Element): void {
  item.removeAttribute(DISPLAY_ATTRIBUTE);
  collapseBars.get(item)?.remove();
  collapseBars.delete(item);
}
