// DOM → items: every post, comment, reply, message and invitation note under a root, for the content
// script (whole page, then each added subtree) and for the command-line scanner (saved pages).
import { isCommentWrapper } from './comment-identity';
import type { FoundItem } from './found-item';
import { readComment } from './read-comment';
import { readInvite } from './read-invite';
import { readMessage } from './read-message';
import { readPost } from './read-post';
import { COMMENT, INVITE, ITEM, ITEM_IN_POST_OR_COMMENT, MESSAGE, POST } from './selectors';
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
  const card = enclosing !== null && (enclosing.matches(COMMENT) || enclosing.matches(POST));
  const inside = node.querySelectorAll(card ? ITEM_IN_POST_OR_COMMENT : ITEM);
  return readAll(enclosing ? [enclosing, ...inside] : inside, node);
}
