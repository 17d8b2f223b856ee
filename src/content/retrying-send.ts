import type { Message, ResponseTo } from '../messages';
import { sendMessage } from './extension-api';
import type { PageSession } from './page-session';

/** Tries per message: a worker stopped while answering is woken by the next try; one stopped again and again gets a few more. */
const ATTEMPTS = 5;
const BACKOFF_MS = 1000;

/**
 * Sends a message whose loss would lose page work (items to judge and count). MV3 may stop the worker
 * while it answers, which drops the reply; sending again is safe because the store counts an item id
 * once. Resolves to null once the tries are used up or the extension is gone, without throwing.
 */
export async function sendRetrying<M extends Message>(session: PageSession, message: M): Promise<ResponseTo<M> | null> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await sendMessage(message);
    } catch {
      if (attempt >= ATTEMPTS || !session.isAlive()) return null;
      await new Promise<void>((resolve) => session.setTimeout(resolve, BACKOFF_MS * attempt));
    }
  }
}
