// Messages in the full messaging page and in docked chat windows (Ember markup in both as of 2026).
import type { FoundItem } from './found-item';
import { parseMessageUrn } from './message-urn';
import { firstOwned } from './owned-by';
import { visibleLine, visibleText } from './read-text';
import {
  CHAT_WINDOW,
  CHAT_WINDOW_TITLE,
  MESSAGE,
  MESSAGE_BODY,
  MESSAGE_BUBBLE,
  MESSAGE_FORM,
  MESSAGE_INBOUND,
  MESSAGE_LIST,
  PROFILE_LINK,
  THREAD_TITLE,
  THREAD_TITLE_BAR,
} from './selectors';
import { hashtagsIn } from './text-entities';
import type { ThreadCache } from './thread-cache';

const PROFILE_ID_PATH = '/in/ACo';

/**
 * For a message or message composer whose chat window element is not there to be found (a real capture,
 * 2026-05, holds only the inside of the window, header included): the header title nearest above it, taken
 * only where that part of the page holds one message form and the title links a profile (the docked list's
 * header links nobody), so another window or the list never names the thread; a comment editor gets nobody.
 */
function nearestChatTitle(element: Element): Element | null {
  if (!element.matches(MESSAGE) && !element.closest(MESSAGE_FORM)) return null;
  for (let up = element.parentElement; up; up = up.parentElement) {
    const title = up.querySelector(CHAT_WINDOW_TITLE);
    if (title) return up.querySelectorAll(MESSAGE_FORM).length === 1 && title.querySelector(PROFILE_LINK) ? title : null;
  }
  return null;
}

/** The other person's display name: the chat window's header, else the full-page thread's title bar. */
export function participantNameFor(element: Element): string | undefined {
  const chat = element.closest(CHAT_WINDOW);
  const title = chat
    ? chat.querySelector(CHAT_WINDOW_TITLE)
    : (element.ownerDocument.querySelector(`${THREAD_TITLE_BAR} ${THREAD_TITLE}`) ?? nearestChatTitle(element));
  const name = title ? visibleLine(title) : '';
  return name || undefined;
}

export function readMessage(message: Element, threads: ThreadCache): FoundItem {
  const urn = message.getAttribute('data-event-urn') ?? '';
  const parts = parseMessageUrn(urn);
  const list = message.closest(MESSAGE_LIST);
  const author = threads.sender(message, list);
  const body = firstOwned(message, MESSAGE_BODY);
  const text = body ? visibleText(body) : '';
  // LinkedIn marks others' messages with a modifier; the mailbox id in the urn is the fallback if it goes
  // (only where the sender link uses the same kind of id, not a vanity slug).
  const senderId = author?.profileUrl?.startsWith(PROFILE_ID_PATH) ? author.profileUrl : undefined;
  const fromOther = message.matches(MESSAGE_INBOUND) || Boolean(parts && senderId && senderId !== `/in/${parts.mailbox}`);
  const participantName = participantNameFor(message);
  return {
    item: {
      id: urn,
      kind: 'message',
      text,
      ...(author ? { author } : {}),
      mentions: [],
      hashtags: hashtagsIn(text),
      ...(parts?.conversation ? { threadId: parts.conversation } : {}),
      direction: fromOther ? 'in' : 'out',
      ...(list ? { isFirstInThread: list.querySelector(MESSAGE) === message } : {}),
    },
    element: message,
    labelAnchor: firstOwned(message, MESSAGE_BUBBLE) ?? body ?? message,
    ...(parts?.sentAt ? { sentAt: parts.sentAt } : {}),
    ...(participantName ? { participantName } : {}),
  };
}
