import type { PageState } from '../messages';
import { sendMessage } from './extension-api';
import type { PageSession } from './page-session';

const ATTEMPTS = 6;
const FIRST_DELAY_MS = 250;

/**
 * The page's settings and corrections, asked for until the worker answers. An MV3 worker that is
 * stopped while answering drops the reply; without a retry the page would never start scanning.
 */
export async function firstPageState(session: PageSession): Promise<PageState> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await sendMessage({ type: 'content/page-state' });
    } catch (error) {
      if (attempt === ATTEMPTS || !session.isAlive()) throw error;
      await new Promise((resolve) => setTimeout(resolve, FIRST_DELAY_MS * 2 ** (attempt - 1)));
    }
  }
}
