// The banner's code is injected on demand (nudge-banner-entry.ts): the nudge is due on one feed visit a
// day at most, so the content script every LinkedIn page gets keeps only the decision (feed-nudge.ts).
import type { ConversationStat } from '../shared/store-types';
import { OPEN_DRAFT_HASH } from './call/open-draft-hash';
import { NUDGE_CSS } from './nudge-styles';
import { uiText } from './pattern-names';
import { createShadowHost, element } from './shadow-host';

export interface NudgeBannerOptions {
  /** Today's active feed time, in whole minutes. */
  minutes: number;
  conversations: ConversationStat[];
  onSnooze: () => void;
  onClose: () => void;
}

/** What the banner's injected script gives the core. */
export interface NudgeBannerPart {
  create(options: NudgeBannerOptions): HTMLElement;
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
