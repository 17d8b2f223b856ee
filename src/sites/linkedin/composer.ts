// Where the user writes: message composers and comment editors, for the "mirror" hints and the
// "schedule a call instead" button.
import { participantNameFor } from './read-message';
import { COMMENT_EDITOR, MESSAGE_COMPOSER } from './selectors';

/** The editable textbox of every message form: the full messaging page and each docked chat window. */
export function findMessageComposers(root: ParentNode): Element[] {
  return [...root.querySelectorAll(MESSAGE_COMPOSER)];
}

/** Comment and reply editors: Ember's Quill editor and React's tiptap editor. */
export function findCommentEditors(root: ParentNode): Element[] {
  return [...root.querySelectorAll(COMMENT_EDITOR)];
}

/** The display name of the person the composer's thread is with, from the chat-window or thread header. */
export function threadParticipantName(composer: Element): string | null {
  return participantNameFor(composer) ?? null;
}
