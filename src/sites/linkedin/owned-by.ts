// Items nest (a reply inside its comment, comments inside their post), so "the comment's text" must be
// the first match that belongs to this item and not to an item nested inside it.
import { ITEM } from './selectors';

function owns(item: Element, candidate: Element, outside?: string): boolean {
  return candidate.parentElement?.closest(ITEM) === item && !(outside && candidate.closest(outside));
}

/**
 * The first descendant of `item` matching `selector` whose nearest enclosing item is `item`, skipping
 * matches inside an element matching `outside` (e.g. an author link inside the text is a mention).
 * querySelector stops at the first match, which is almost always the owned one; only otherwise are all
 * matches listed (a post with thousands of comments would make that the slow path on every read).
 */
export function firstOwned(item: Element, selector: string, outside?: string): Element | null {
  const first = item.querySelector(selector);
  if (!first || owns(item, first, outside)) return first;
  for (const candidate of item.querySelectorAll(selector)) {
    if (owns(item, candidate, outside)) return candidate;
  }
  return null;
}
