// The conversations that most deserve a call, each one click from its thread with the draft ready.
import type { ConversationStat } from '../shared/store-types';
import type { PopupConnector } from './connector';
import type { Formats } from './format';
import { t, tCount } from './i18n';

/** The content script opens the call draft when a thread loads with this hash. */
export const CALL_HASH = '#not-so-social-call';

/**
 * The store keeps thread URLs as the page reported them; only LinkedIn https pages become links, so a
 * tampered row can never turn into a javascript: or foreign link in the extension's own page.
 */
export function callLink(threadUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(threadUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.hostname !== 'www.linkedin.com') return null;
  url.hash = CALL_HASH;
  return url.href;
}

export function ConversationLinks(props: { conversations: ConversationStat[]; connector: PopupConnector; formats: Formats }) {
  const links = props.conversations.flatMap((c) => {
    const href = callLink(c.threadUrl);
    return href ? [{ c, href }] : [];
  });
  if (links.length === 0) return null;
  return (
    <section class="conversations" aria-labelledby="conversations-title">
      <h2 id="conversations-title">{t('conversationsTitle')}</h2>
      <ul>
        {links.map(({ c, href }) => {
          const traded = c.inLast7d + c.outLast7d;
          return (
            <li key={c.threadId}>
              <a
                href={href}
                target="_blank"
                rel="noopener noreferrer"
                onClick={(event) => {
                  event.preventDefault();
                  void props.connector.openTab(href);
                }}
              >
                {tCount('conversationTraded', traded, props.formats.count(traded), [c.participantName])}
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
