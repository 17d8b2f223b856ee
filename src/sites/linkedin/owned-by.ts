// Items nest (a reply inside its comment, comments inside their post), so "the comment's text" must be
// the first match that belongs to this item and not to an item nested inside it.
import { ITEM } from './selectors';

/**
 * The first descendant of `item` matching `selector` whose nearest enclosing item is `item`, skipping
 * matches inside an element matching `outside` (e.g. an author link inside the text is a mention).
 */
export function firstOwned(item: Element, selector: string, outside?: string): Element | null {
  for (const candidate of item.querySelectorAll(selector)) {
    if (candidate.parentElement?.closest(ITEM) !== item) continue;
    if (outside && candidate.closest(outside)) continue;
    return candidate;
  }
  return null;
}
