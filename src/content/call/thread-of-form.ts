// Which conversation a message form writes to: the chat window's own messages for a docked window; the
// address, else the messages outside chat windows, for the full messaging page.
import { parseMessageUrn } from '../../sites/linkedin/message-urn';
import { CHAT_WINDOW, MESSAGE } from '../../sites/linkedin/selectors';
import { conversationFromPath } from './thread-url';

function conversationOfMessages(scope: ParentNode, insideChat: boolean): string | undefined {
  for (const message of scope.querySelectorAll(MESSAGE)) {
    if (!insideChat && message.closest(CHAT_WINDOW)) continue;
    const conversation = parseMessageUrn(message.getAttribute('data-event-urn') ?? '')?.conversation;
    if (conversation) return conversation;
  }
  return undefined;
}

export function conversationOfForm(form: Element, path: string): string | undefined {
  const chat = form.closest(CHAT_WINDOW);
  if (chat) return conversationOfMessages(chat, true);
  // The address names the open thread even while LinkedIn still shows the previous thread's rows.
  return conversationFromPath(path) ?? conversationOfMessages(form.ownerDocument, false);
}
