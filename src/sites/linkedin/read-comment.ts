// Comments and replies under a post, in both markup eras.
import { commentUrn, parentComment } from './comment-identity';
import type { FoundItem } from './found-item';
import { firstOwned } from './owned-by';
import { namedTwin } from './people';
import { postId } from './read-post';
import { postIdFromCommentUrn } from './react-post-id';
import { readText } from './read-text';
import {
  ACTOR_LINK_REACT,
  COMMENT_BODY_REACT,
  COMMENT_EMBER,
  COMMENT_HEADER_REACT,
  COMMENT_META_EMBER,
  COMMENT_TEXT_EMBER,
  COMMENT_TEXT_REACT,
  TEXT_REACT,
} from './selectors';
import { hashtagsIn } from './text-entities';
import type { ThreadCache } from './thread-cache';

/**
 * Where a React comment's label goes: its header when it has one, else the block around the link that names
 * the author (real comments, 2026-07, have no header: photo link, then a row of name link, time and menu).
 */
function authorLine(comment: Element): Element | null {
  const photoLink = firstOwned(comment, ACTOR_LINK_REACT, COMMENT_BODY_REACT);
  if (!photoLink) return null;
  const header = photoLink.closest(COMMENT_HEADER_REACT);
  if (header && comment.contains(header)) return header;
  const block = photoLink.parentElement;
  const nameLink = block ? namedTwin(photoLink, block.querySelectorAll(ACTOR_LINK_REACT)) : photoLink;
  const line = nameLink.parentElement;
  return line && line !== comment && comment.contains(line) && !line.querySelector(COMMENT_BODY_REACT) ? line : nameLink;
}

export function readComment(comment: Element, threads: ThreadCache): FoundItem {
  const ember = comment.matches(COMMENT_EMBER);
  const urn = commentUrn(comment);
  // A reply's id includes its parent's, which keeps ids apart on pages whose urns were scrubbed alike.
  const parent = parentComment(comment);
  const id = parent ? `${commentUrn(parent)}>${urn}` : urn;
  const textElement = ember
    ? firstOwned(comment, COMMENT_TEXT_EMBER)
    : (firstOwned(comment, TEXT_REACT) ?? firstOwned(comment, COMMENT_TEXT_REACT));
  const { text, mentions } = textElement ? readText(textElement) : { text: '', mentions: [] };
  const author = threads.commentAuthor(comment);
  const { thread, post } = threads.threadOf(comment);
  const postAuthorPath = post ? threads.postAuthor(post)?.profileUrl : undefined;
  const threadId = post ? postId(post) : postIdFromCommentUrn(urn);
  const labelAnchor = ember ? firstOwned(comment, COMMENT_META_EMBER) : authorLine(comment);
  return {
    item: {
      id,
      kind: 'comment',
      text,
      ...(author ? { author } : {}),
      mentions,
      hashtags: hashtagsIn(text),
      ...(threadId ? { threadId } : {}),
      authorIsPostAuthor: Boolean(author?.profileUrl && postAuthorPath && author.profileUrl === postAuthorPath),
      threadParticipants: threads.participants(thread, post),
    },
    element: comment,
    labelAnchor: labelAnchor ?? textElement ?? comment,
  };
}
