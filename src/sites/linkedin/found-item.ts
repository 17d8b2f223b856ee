import type { Item } from '../../detect/types';

/** An item read from the page, with where it lives and where its label goes. */
export interface FoundItem {
  item: Item;
  /** The item's own element (post card, comment, message row, invitation card). */
  element: Element;
  /** The element AFTER which the label should be inserted: the post header, the comment's author line, the message bubble, the note. */
  labelAnchor: Element;
  /** Messages: when it was sent (epoch ms), read from the message urn, not from localised UI text. */
  sentAt?: number;
  /** Messages: the display name of the other person in the conversation, from the thread or chat-window header. */
  participantName?: string;
}
