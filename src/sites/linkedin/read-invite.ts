// Invitation notes on the invitation manager. An invitation without a note has nothing to judge and is
// not an item.
import type { FoundItem } from './found-item';
import { personFrom } from './people';
import { visibleLine, visibleText } from './read-text';
import {
  INVITE_CARD_REACT,
  INVITE_EMBER,
  INVITE_LINK_EMBER,
  INVITE_NAME_EMBER,
  INVITE_NOTE_EMBER,
  INVITE_REACT,
  PROFILE_LINK,
  TEXT_REACT,
} from './selectors';
import { hashtagsIn } from './text-entities';

/** React cards link the sender twice (photo, then name); the name link is the first with text. */
function namedProfileLink(card: Element): Element | null {
  for (const link of card.querySelectorAll(PROFILE_LINK)) {
    if (visibleLine(link)) return link;
  }
  return card.querySelector(PROFILE_LINK);
}

/**
 * The element holding everything of one React invitation: the list item around the marked element, as
 * long as that list item holds only this one invitation.
 */
function reactCard(invite: Element): Element {
  const card = invite.closest(INVITE_CARD_REACT);
  return card && card.querySelectorAll(INVITE_REACT).length === 1 ? card : invite;
}

export function readInvite(invite: Element): FoundItem | null {
  // A marked element around list items only wraps them; each list item is read as its own invitation.
  if (invite.matches(INVITE_REACT) && invite.querySelector(INVITE_CARD_REACT)) return null;
  const ember = invite.matches(INVITE_EMBER);
  const card = ember ? invite : reactCard(invite);
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
