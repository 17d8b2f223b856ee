/** The popup's "conversations worth a call" links and the feed nudge's open a thread with this hash: the draft is made on arrival. */
export const OPEN_DRAFT_HASH = '#not-so-social-call';
