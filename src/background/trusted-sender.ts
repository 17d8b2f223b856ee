import type { Message } from '../messages';
import { isContentMessage } from '../messages';

export interface SenderFacts {
  /** The extension the message came from. */
  id?: string;
  /** The URL of the frame or page that sent it. */
  url?: string;
}

const LINKEDIN_ORIGIN = 'https://www.linkedin.com/';

/**
 * Content messages must come from our own content script on LinkedIn, page messages from our own
 * extension pages. Anything else (another extension, a web page, a wrong frame) is ignored.
 */
export function isTrustedSender(sender: SenderFacts, message: Message, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId || !sender.url) return false;
  return isContentMessage(message) ? sender.url.startsWith(LINKEDIN_ORIGIN) : sender.url.startsWith(extensionOrigin);
}
