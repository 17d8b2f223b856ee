// DOM → items: every post, comment, reply, message and invitation note under a root, for the content
// script (whole page, then each added subtree) and for the command-line scanner (saved pages).
import { isCommentWrapper } from './comment-identity';
import type { FoundItem } from './found-item';
import { readComment } from './read-comment';
import { readInvite } from './read-invite';
import { readMessage } from './read-message';
import { readPost } from './read-post';
import { COMMENT, COMMENT_EMBER, INVITE, ITEM, ITEM_IN_EMBER_CARD, ITEM_IN_REACT_CARD, MESSAGE, POST, POST_EMBER } from './selectors';
import { ThreadCache } from './thread-cache';

export type { FoundItem } from './found-item';

function readItem(element: Element, threads: ThreadCache): FoundItem | null {
  if (element.matches(MESSAGE)) return readMessage(element, threads);
  if (element.matches(COMMENT)) return readComment(element, threads);
  if (element.matches(INVITE)) return readInvite(element);
  if (element.matches(POST)) return readPost(element, (post) => threads.postAuthor(post));
  return null;
}

/** `scanned`: the subtree whose every item is among `elements`. */
function readAll(elements: Iterable<Element>, scanned: ParentNode & Node): FoundItem[] {
  const threads = new ThreadCache(scanned);
  const list = [...elements].filter((element) => !isCommentWrapper(element));
  for (const element of list) if (element.matches(COMMENT)) threads.noteComment(element);
  const found: FoundItem[] = [];
  for (const element of list) {
    const item = readItem(element, threads);
    if (item) found.push(item);
  }
  return found;
}

/** All items under `root`, in document order. */
export function findItems(root: ParentNode): FoundItem[] {
  return readAll(root.querySelectorAll(ITEM), root);
}

/**
 * The items an added subtree brings: those inside `node`, and the item `node` is part of when it was
 * added inside one (a "see more" expansion, a lazily rendered comment body). Outer items are not
 * repeated: a reply added inside a comment yields the reply only.
 */
export function findItemsIn(node: Element): FoundItem[] {
  const enclosing = node.closest(ITEM);
  return readAll(enclosing ? [enclosing, ...node.querySelectorAll(itemsInside(enclosing))] : node.querySelectorAll(ITEM), node);
}

/** What an item can hold: a post or a comment only comments of its own markup era, anything else any item. */
function itemsInside(item: Element): string {
  if (item.matches(POST_EMBER) || item.matches(COMMENT_EMBER)) return ITEM_IN_EMBER_CARD;
  return item.matches(POST) || item.matches(COMMENT) ? ITEM_IN_REACT_CARD : ITEM;
}
