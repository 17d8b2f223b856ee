// A React feed card carries no urn of its own, only an opaque componentkey ("update-card-focus<43 chars>
// FeedType_…") that nobody has shown to survive a reload; a "not broadcast" correction keyed by it would
// not stick. So a React post is named, in order, by an urn the card itself shows, else by what it says and
// who said it, else by an urn its open comments show (absent when they are closed), and only else by that
// key. The worker hashes every id before anything is stored, so the content key never reaches the store as
// text.
import { COMMENT_BOX_REACT, COMMENT_REACT, POST_URN_LINK } from './selectors';

const ACTIVITY_URN = /urn:li:(?:activity|ugcPost|share):\d+/;
const ACTIVITY_IN_COMMENT = /\((?:urn:li:)?(activity|ugcPost|share):(\d+),/;
/** The opening of a post's text a content key holds: enough to tell posts apart, short of where "see more" cuts. */
export const CONTENT_KEY_CHARS = 100;

/** The post urn a comment urn names, for comments read without their post around them. */
export function postIdFromCommentUrn(commentUrn: string): string | undefined {
  const match = ACTIVITY_IN_COMMENT.exec(commentUrn);
  return match ? `urn:li:${match[1]}:${match[2]}` : undefined;
}

/** The urn inside a comment box key's base64 (a protobuf whose first string is the post urn). */
export function urnInCommentBoxKey(key: string): string | undefined {
  // "commentBox-<base64>-…": atob refuses anything that is not base64.
  try {
    return ACTIVITY_URN.exec(atob(key.split('-')[1] ?? ''))?.[0];
  } catch {
    return undefined;
  }
}

/** The urn the card itself shows, whatever else is open: in its key, or a permalink. */
export function ownUrn(post: Element, key: string): string | undefined {
  return ACTIVITY_URN.exec(key)?.[0] ?? ACTIVITY_URN.exec(post.querySelector(POST_URN_LINK)?.getAttribute('href') ?? '')?.[0];
}

/**
 * The urn a card shows only while its comments or comment box are open. Second to the content key: the
 * same post read with its comments closed on the next load must keep its id, or a correction would not stick.
 */
export function urnInComments(post: Element): string | undefined {
  return (
    postIdFromCommentUrn(post.querySelector(COMMENT_REACT)?.getAttribute('componentkey') ?? '') ??
    urnInCommentBoxKey(post.querySelector(COMMENT_BOX_REACT)?.getAttribute('componentkey') ?? '')
  );
}

/**
 * The author's profile path and the opening of the text, whitespace collapsed: the same on every load and
 * whether or not "see more" was pressed. undefined for a post without text (an image alone).
 */
export function contentKey(authorPath: string | undefined, text: string): string | undefined {
  const opening = text.replace(/\s+/g, ' ').trim().slice(0, CONTENT_KEY_CHARS);
  return opening ? `content:${authorPath ?? ''}:${opening}` : undefined;
}
