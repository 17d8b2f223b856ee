// Facts shared by every item of one thread (the post author, who has commented, each grouped message's
// sender), worked out once per scan instead of once per item: a post with 500 comments would otherwise
// cost 500 × 500 lookups.
import type { Person } from '../../detect/types';
import { firstOwned } from './owned-by';
import { personFrom } from './people';
import { postAuthor } from './read-post';
import {
  COMMENT,
  COMMENT_AUTHOR_LINK_EMBER,
  COMMENT_AUTHOR_NAME_EMBER,
  COMMENT_EMBER,
  MESSAGE,
  MESSAGE_SENDER_LINK,
  MESSAGE_SENDER_NAME,
  PROFILE_LINK,
  TEXT_REACT,
} from './selectors';

export function commentAuthor(comment: Element): Person | undefined {
  if (comment.matches(COMMENT_EMBER)) {
    return personFrom(firstOwned(comment, COMMENT_AUTHOR_LINK_EMBER), firstOwned(comment, COMMENT_AUTHOR_NAME_EMBER));
  }
  return personFrom(firstOwned(comment, PROFILE_LINK, TEXT_REACT));
}

/** The sender a message row itself names; grouped rows after the first name nobody. */
function namedSender(message: Element): Person | undefined {
  return personFrom(firstOwned(message, MESSAGE_SENDER_LINK), firstOwned(message, MESSAGE_SENDER_NAME));
}

export class ThreadCache {
  readonly #authors = new Map<Element, Person | undefined>();
  readonly #participants = new Map<Element, string[]>();
  readonly #senders = new Map<Element, Map<Element, Person | undefined>>();

  postAuthor(post: Element): Person | undefined {
    if (!this.#authors.has(post)) this.#authors.set(post, postAuthor(post));
    return this.#authors.get(post);
  }

  /** Profile paths of the post author and of everyone who commented under `thread`, each once. */
  participants(thread: Element, post: Element | null): string[] {
    let list = this.#participants.get(thread);
    if (!list) {
      const paths = new Set<string>();
      const author = post ? this.postAuthor(post)?.profileUrl : undefined;
      if (author) paths.add(author);
      for (const comment of thread.querySelectorAll(COMMENT)) {
        const path = commentAuthor(comment)?.profileUrl;
        if (path) paths.add(path);
      }
      list = [...paths];
      this.#participants.set(thread, list);
    }
    return list;
  }

  /** The sender of a message row: its own meta, or the last named sender above it in the same list. */
  sender(message: Element, list: Element | null): Person | undefined {
    if (!list) return namedSender(message);
    let senders = this.#senders.get(list);
    if (!senders) {
      senders = new Map();
      let current: Person | undefined;
      for (const row of list.querySelectorAll(MESSAGE)) {
        current = namedSender(row) ?? current;
        senders.set(row, current);
      }
      this.#senders.set(list, senders);
    }
    return senders.has(message) ? senders.get(message) : namedSender(message);
  }
}
