// Invitation notes on the invitation manager. An invitation without a note has nothing to judge and is
// not an item.
import type { FoundItem } from './found-item';
import { personFrom } from './people';
import { visibleLine, visibleText } from './read-text';
import { INVITE_EMBER, INVITE_LINK_EMBER, INVITE_NAME_EMBER, INVITE_NOTE_EMBER, PROFILE_LINK, TEXT_REACT } from './selectors';
import { hashtagsIn } from './text-entities';

/** React cards link the sender twice (photo, then name); the name link is the first with text. */
function namedProfileLink(card: Element): Element | null {
  for (const link of card.querySelectorAll(PROFILE_LINK)) {
    if (visibleLine(link)) return link;
  }
  return card.querySelector(PROFILE_LINK);
}

export function readInvite(card: Element): FoundItem | null {
  const ember = card.matches(INVITE_EMBER);
  const note = card.querySelector(ember ? INVITE_NOTE_EMBER : TEXT_REACT);
  const text = note ? visibleText(note) : '';
  if (!note || !text) return null;
  const author = ember
    ? personFrom(card.querySelector(INVITE_LINK_EMBER) ?? card.querySelector(PROFILE_LINK), card.querySelector(INVITE_NAME_EMBER))
    : personFrom(namedProfileLink(card));
  // One pending invitation per sender, so the sender's profile is a stable id for it.
  const id = `urn:li:invitation:from:${author?.profileUrl ?? author?.name ?? text}`;
  return {
    item: {
      id,
      kind: 'invite',
      text,
      ...(author ? { author } : {}),
      mentions: [],
      hashtags: hashtagsIn(text),
      direction: 'in',
    },
    element: card,
    labelAnchor: note,
  };
}
