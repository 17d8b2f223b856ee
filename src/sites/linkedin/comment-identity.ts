// Which element is "the comment". Ember marks each comment once (data-id). React keys several nested
// elements with the same comment urn (replaceableComment_…, CommentComponentReference_…), so the innermost
// one is the comment and the others only wrap it; a reply is keyed with another urn.
import { COMMENT, COMMENT_REACT } from './selectors';

const REACT_KEY_PREFIX = /^(?:replaceableComment_|CommentComponentReference_)/;

/** The urn a React comment element is keyed with, or undefined for any other element. */
function reactCommentUrn(element: Element): string | undefined {
  const key = element.getAttribute('componentkey');
  return key && REACT_KEY_PREFIX.test(key) ? key.replace(REACT_KEY_PREFIX, '') : undefined;
}

/** The comment urn an element carries, in either era (Ember pages may repeat one urn when scrubbed). */
export function commentUrn(comment: Element): string {
  return comment.getAttribute('data-id') ?? reactCommentUrn(comment) ?? '';
}

/**
 * True when `element` wraps a deeper element keyed by its own comment urn. The first keyed element inside
 * a comment comes before its replies, so one querySelector answers it.
 */
export function isCommentWrapper(element: Element): boolean {
  const urn = reactCommentUrn(element);
  if (!urn) return false;
  const inner = element.querySelector(COMMENT_REACT);
  return inner !== null && reactCommentUrn(inner) === urn;
}

/** The comment a reply answers: the nearest enclosing comment that is not a wrapper of the reply itself. */
export function parentComment(comment: Element): Element | null {
  const urn = reactCommentUrn(comment);
  for (let up = comment.parentElement?.closest(COMMENT); up; up = up.parentElement?.closest(COMMENT)) {
    if (!urn || reactCommentUrn(up) !== urn) return up;
  }
  return null;
}
