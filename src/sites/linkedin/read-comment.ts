// Comments and replies under a post, in both markup eras.
import type { FoundItem } from './found-item';
import { firstOwned } from './owned-by';
import { postId, postIdFromCommentUrn } from './read-post';
import { visibleText } from './read-text';
import {
  COMMENT,
  COMMENT_EMBER,
  COMMENT_HEADER_REACT,
  COMMENT_META_EMBER,
  COMMENT_TEXT_EMBER,
  PROFILE_LINK,
  TEXT_REACT,
} from './selectors';
import { hashtagsIn, mentionsIn } from './text-entities';
import { threadOf, type ThreadCache } from './thread-cache';

const REACT_KEY_PREFIX = 'replaceableComment_';

function commentUrn(comment: Element): string {
  const dataId = comment.getAttribute('data-id');
  if (dataId) return dataId;
  return (comment.getAttribute('componentkey') ?? '').slice(REACT_KEY_PREFIX.length);
}

export function readComment(comment: Element, threads: ThreadCache): FoundItem {
  const ember = comment.matches(COMMENT_EMBER);
  const urn = commentUrn(comment);
  // A reply's id includes its parent's, which keeps ids apart on pages whose urns were scrubbed alike.
  const parent = comment.parentElement?.closest(COMMENT);
  const id = parent ? `${commentUrn(parent)}>${urn}` : urn;
  const textElement = firstOwned(comment, ember ? COMMENT_TEXT_EMBER : TEXT_REACT);
  const text = textElement ? visibleText(textElement) : '';
  const author = threads.commentAuthor(comment);
  const { thread, post } = threadOf(comment);
  const postAuthorPath = post ? threads.postAuthor(post)?.profileUrl : undefined;
  const threadId = post ? postId(post) : postIdFromCommentUrn(urn);
  const authorLink = ember ? null : firstOwned(comment, PROFILE_LINK, TEXT_REACT);
  const header = authorLink?.closest(COMMENT_HEADER_REACT);
  const labelAnchor = ember
    ? firstOwned(comment, COMMENT_META_EMBER)
    : header && comment.contains(header) ? header : authorLink;
  return {
    item: {
      id,
      kind: 'comment',
      text,
      ...(author ? { author } : {}),
      mentions: textElement ? mentionsIn(textElement) : [],
      hashtags: hashtagsIn(text),
      ...(threadId ? { threadId } : {}),
      authorIsPostAuthor: Boolean(author?.profileUrl && postAuthorPath && author.profileUrl === postAuthorPath),
      threadParticipants: threads.participants(thread, post),
    },
    element: comment,
    labelAnchor: labelAnchor ?? textElement ?? comment,
  };
}
