// The banner's code is injected on demand (nudge-banner-entry.ts): the nudge is due on one feed visit a
// day at most, so the content script every LinkedIn page gets keeps only the decision (feed-nudge.ts).
import type { ConversationStat } from '../shared/store-types';
import { OPEN_DRAFT_HASH } from './call/open-draft-hash';
import { NUDGE_CSS } from './nudge-styles';
import type { PageSession } from './page-session';
import { uiText } from './pattern-names';
import { createShadowHost, element } from './shadow-host';

export interface NudgeBannerOptions {
  /** Today's active feed time, in whole minutes. */
  minutes: number;
  conversations: ConversationStat[];
  onSnooze: () => void;
  onClose: () => void;
}

/** What the banner's injected script gives the core, which decides when the nudge is due (feed-nudge.ts). */
export interface NudgeBannerPart {
  /**
   * Shows the banner with today's feed minutes, unless it is showing or the user closed it in this page
   * visit; `onSnooze` when the user snoozes it for the day.
   */
  offer(minutes: number, onSnooze: () => void): void;
  /** Takes the banner away: the nudge was snoozed in another tab. */
  withdraw(): void;
}

/** What the banner asks the background for. */
export interface NudgeBannerDeps {
  /** The conversations most worth a call; [] when the background cannot answer. */
  candidates: () => Promise<ConversationStat[]>;
  /** Records today's snooze. */
  snooze: () => void;
}

/** The banner's lifecycle in one page visit: at most one at a time, none after the user closed it. */
export class NudgeBanner implements NudgeBannerPart {
  readonly #session: PageSession;
  readonly #deps: NudgeBannerDeps;
  #host: HTMLElement | null = null;
  #busy = false;
  #closed = false;

  constructor(session: PageSession, deps: NudgeBannerDeps) {
    this.#session = session;
    this.#deps = deps;
  }

  async offer(minutes: number, onSnooze: () => void): Promise<void> {
    if (this.#host || this.#busy || this.#closed) return;
    this.#busy = true;
    try {
      const conversations = await this.#deps.candidates();
      if (!this.#session.isAlive()) return;
      this.#host = createNudgeBanner({
        minutes,
        conversations,
        onSnooze: () => {
          onSnooze();
          this.withdraw();
          this.#deps.snooze();
        },
        onClose: () => {
          this.#closed = true;
          this.withdraw();
        },
      });
      document.body.append(this.#host);
    } finally {
      this.#busy = false;
    }
  }

  withdraw(): void {
    this.#host?.remove();
    this.#host = null;
  }
}

/** The gentle nudge off the feed: a non-modal card with the conversations most worth a call. */
export function createNudgeBanner({ minutes, conversations, onSnooze, onClose }: NudgeBannerOptions): HTMLElement {
  const { host, root } = createShadowHost('not-so-social-nudge', 'nudge', NUDGE_CSS);
  const card = element('section', 'card');
  card.setAttribute('role', 'region');
  card.setAttribute('aria-labelledby', 'nss-nudge-title');

  const title = element('h2', '', uiText('nudgeTitle', [String(minutes)]));
  title.id = 'nss-nudge-title';
  const close = element('button', 'close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', uiText('nudgeClose'));
  close.addEventListener('click', onClose);
  const head = element('div', 'head');
  head.append(title, close);
  card.append(head);

  if (conversations.length > 0) {
    card.append(element('p', '', uiText('nudgeLead')));
    const list = element('ul', '');
    for (const conversation of conversations) {
      const link = element('a', '', uiText('nudgeCallPerson', [conversation.participantName]));
      link.href = `${conversation.threadUrl.split('#')[0]}${OPEN_DRAFT_HASH}`;
      const item = element('li', '');
      item.append(link, element('span', 'why', ` · ${uiText('nudgeMessagesWeek', [String(conversation.inLast7d + conversation.outLast7d)])}`));
      list.append(item);
    }
    card.append(list);
  } else {
    card.append(element('p', '', uiText('nudgeNoCandidates')));
  }

  const snooze = element('button', 'snooze', uiText('nudgeSnooze'));
  snooze.type = 'button';
  snooze.addEventListener('click', onSnooze);
  const actions = element('div', 'actions');
  actions.append(snooze);
  card.append(actions);
  root.append(card);
  return host;
}
