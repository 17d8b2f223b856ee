// Facts shared by every item of one thread (the post author, who has commented, each grouped message's
// sender). Commenters are remembered per thread across scans: a thread is read in full the first time,
// after that each scanned comment adds its author. Re-reading every comment for each added comment cost
// seconds per scroll batch on a post-detail page with thousands of comments. Commenters only accumulate:
// one whose comment scrolls out of a virtualised list still took part in the thread.
import type { Person } from '../../detect/types';
import { commentUrn, isCommentWrapper } from './comment-identity';
import { firstOwned } from './owned-by';
import { namedTwin, personFrom } from './people';
import { postAuthor, postId } from './read-post';
import {
  ACTOR_LINK_REACT,
  COMMENT,
  COMMENT_AUTHOR_LINK_EMBER,
  COMMENT_AUTHOR_NAME_EMBER,
  COMMENT_BODY_REACT,
  COMMENT_EMBER,
  MESSAGE,
  MESSAGE_SENDER_LINK,
  MESSAGE_SENDER_NAME,
  POST,
} from './selectors';

function commentAuthor(comment: Element): Person | undefined {
  if (comment.matches(COMMENT_EMBER)) {
    // The name is inside the author's link: looked for there first, not in the whole comment and its replies again.
    const link = firstOwned(comment, COMMENT_AUTHOR_LINK_EMBER);
    return personFrom(link, link?.querySelector(COMMENT_AUTHOR_NAME_EMBER) ?? firstOwned(comment, COMMENT_AUTHOR_NAME_EMBER));
  }
  const link = firstOwned(comment, ACTOR_LINK_REACT, COMMENT_BODY_REACT);
  // The photo link comes first and carries no name; its twin in the same block does.
  const block = link?.parentElement;
  return link && block ? personFrom(namedTwin(link, block.querySelectorAll(ACTOR_LINK_REACT))) : undefined;
}

/** The sender a message row itself names; grouped rows after the first name nobody. */
function namedSender(message: Element): Person | undefined {
  return personFrom(firstOwned(message, MESSAGE_SENDER_LINK), firstOwned(message, MESSAGE_SENDER_NAME));
}

/**
 * The messages above `message` in its list, nearest first, found through earlier siblings at each level
 * up to the list: a grouped message looks back only as far as its group's first message, not through a
 * list of every message in the thread.
 */
function* messagesBefore(message: Element, list: Element): Generator<Element> {
  for (let node: Element | null = message; node && node !== list; node = node.parentElement) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      const rows = sibling.matches(MESSAGE) ? [sibling] : [...sibling.querySelectorAll(MESSAGE)];
      for (let i = rows.length - 1; i >= 0; i -= 1) yield rows[i] as Element;
    }
  }
}

export interface CommentThread {
  thread: Element;
  post: Element | null;
}

/** True when a sibling of `node` is or holds a comment. */
function besideComment(node: Element): boolean {
  for (const step of ['previousElementSibling', 'nextElementSibling'] as const) {
    for (let sibling = node[step]; sibling; sibling = sibling[step]) {
      if (sibling.matches(COMMENT) || sibling.querySelector(COMMENT)) return true;
    }
  }
  return false;
}

/**
 * The element a comment's thread is kept on: its post, or without one the comment list, so that comments
 * read without their post (a saved comment list, React pages whose replies are siblings, not nested) still
 * see each other as taking part. The list is the first ancestor of the outermost comment that also holds
 * another comment: a real React reply (2026-07) sits in unkeyed wrappers of its own inside the list.
 */
function findThread(comment: Element, postsBefore: PostsBefore): CommentThread {
  const post = comment.closest(POST);
  if (post) return { thread: post, post };
  let top = comment;
  for (let up = comment.parentElement?.closest(COMMENT); up; up = up.parentElement?.closest(COMMENT)) top = up;
  let list = top;
  while (list.parentElement && !besideComment(list)) list = list.parentElement;
  return { thread: list.parentElement ?? list, post: postBefore(top, commentUrn(comment), postsBefore) };
}

const POST_IN_URN = /(activity|ugcPost|share):(\d+)/;

/** False only when both name a post of the same kind and the numbers differ (an activity and its ugcPost differ). */
function samePost(postUrn: string, commentUrn: string): boolean {
  const post = POST_IN_URN.exec(postUrn);
  const named = POST_IN_URN.exec(commentUrn);
  return !post || !named || post[1] !== named[1] || post[2] === named[2];
}

/** Per scan: the last post at or before an element among its earlier siblings, so a long list is walked once. */
type PostsBefore = Map<Element, Element | null>;

function postAtOrBefore(start: Element | null, known: PostsBefore): Element | null {
  const walked: Element[] = [];
  let found: Element | null = null;
  for (let sibling = start; sibling; sibling = sibling.previousElementSibling) {
    const cached = known.get(sibling);
    if (cached !== undefined) {
      found = cached;
      break;
    }
    walked.push(sibling);
    const posts = sibling.matches(POST) ? [sibling] : sibling.querySelectorAll(POST);
    const last = posts[posts.length - 1];
    if (last) {
      found = last;
      break;
    }
  }
  for (const sibling of walked) known.set(sibling, found);
  return found;
}

/**
 * The post of a comment outside any post: the nearest post before it, beside it or beside one of its
 * ancestors. Public reports of the React post-detail page (one from a real capture) keep the comments beside
 * the post's list item, not inside it, and a feed may render a card's comments beside it; a post whose urn
 * names another post is not taken.
 */
function postBefore(comment: Element, urn: string, known: PostsBefore): Element | null {
  for (let node: Element | null = comment; node; node = node.parentElement) {
    const post = postAtOrBefore(node.previousElementSibling, known);
    if (post) return samePost(postId(post), urn) ? post : null;
  }
  return null;
}

interface Commenters {
  /** The urn or componentkey the post element showed when read; React may reuse an element for another post. */
  key: string;
  seen: WeakSet<Element>;
  paths: Set<string>;
  /** `paths` as the items' list, rebuilt only when someone new commented. */
  list?: string[];
}

const commentersByThread = new WeakMap<Element, Commenters>();

/** One scan's view of the threads it touches. */
export class ThreadCache {
  readonly #authors = new Map<Element, Person | undefined>();
  readonly #commentAuthors = new Map<Element, Person | undefined>();
  readonly #threads = new Map<Element, CommentThread>();
  readonly #postsBefore: PostsBefore = new Map();
  readonly #scanned: Node | undefined;

  /**
   * `scanned`: a subtree all of whose comments this scan notes (noteComment), so a thread inside it is
   * not searched for its commenters a second time.
   */
  constructor(scanned?: Node) {
    this.#scanned = scanned;
  }

  /** A comment's author, read once per scan (it is needed for the item and for its thread). */
  commentAuthor(comment: Element): Person | undefined {
    if (!this.#commentAuthors.has(comment)) this.#commentAuthors.set(comment, commentAuthor(comment));
    return this.#commentAuthors.get(comment);
  }

  /** A comment's thread, found once per scan (noting the comment and reading it both need it). */
  threadOf(comment: Element): CommentThread {
    let known = this.#threads.get(comment);
    if (!known) {
      known = findThread(comment, this.#postsBefore);
      this.#threads.set(comment, known);
    }
    return known;
  }

  postAuthor(post: Element): Person | undefined {
    if (!this.#authors.has(post)) this.#authors.set(post, postAuthor(post));
    return this.#authors.get(post);
  }

  #commenters(thread: Element, post: Element | null): Commenters {
    // The card's own mark, not postId: a React card's id may need its text read, and its key is what changes
    // when React reuses the element for another post.
    const key = post ? (post.getAttribute('data-urn') ?? post.getAttribute('componentkey') ?? '') : '';
    const known = commentersByThread.get(thread);
    if (known?.key === key) return known;
    const commenters: Commenters = { key, seen: new WeakSet(), paths: new Set() };
    commentersByThread.set(thread, commenters);
    if (this.#scanned?.contains(thread)) return commenters;
    for (const comment of thread.querySelectorAll(COMMENT)) if (!isCommentWrapper(comment)) this.#add(commenters, comment);
    return commenters;
  }

  #add(commenters: Commenters, comment: Element): void {
    if (commenters.seen.has(comment)) return;
    commenters.seen.add(comment);
    const path = this.commentAuthor(comment)?.profileUrl;
    if (path && !commenters.paths.has(path)) {
      commenters.paths.add(path);
      commenters.list = undefined;
    }
  }

  /** Counts a comment about to be read, so comments scanned together see each other's authors. */
  noteComment(comment: Element): void {
    const { thread, post } = this.threadOf(comment);
    this.#add(this.#commenters(thread, post), comment);
  }

  /** Profile paths of the post author and of everyone who has commented in the thread, each once. */
  participants(thread: Element, post: Element | null): string[] {
    const commenters = this.#commenters(thread, post);
    if (!commenters.list) {
      const author = post ? this.postAuthor(post)?.profileUrl : undefined;
      const others = [...commenters.paths].filter((path) => path !== author);
      commenters.list = author ? [author, ...others] : others;
    }
    return commenters.list;
  }

  /** The sender of a message row: its own meta, else the nearest named sender above it in the list. */
  sender(message: Element, list: Element | null): Person | undefined {
    const own = namedSender(message);
    if (own || !list) return own;
    for (const row of messagesBefore(message, list)) {
      const sender = namedSender(row);
      if (sender) return sender;
    }
    return undefined;
  }
}
