// Every CSS selector the LinkedIn adapter uses, for both markup eras, in one place so that a LinkedIn
// redesign is one file to fix and one test (tests/sites/linkedin/selectors.test.ts) to rerun against the
// saved pages. Rules: attributes and structure before class names, readable Ember classes before hashed
// ones, and never a UI word (LinkedIn is used in many languages).
// "Ember" is the older markup with readable classes; "React" is the newer SDUI markup with hashed classes.

/** Ember post (feed card or post-detail page): the card carries the activity urn and an ARIA role. */
export const POST_EMBER = '[role="article"][data-urn^="urn:li:"]';
/** React post: a feed list item whose componentkey names the feed type (the urn is not on it). */
export const POST_REACT = '[role="listitem"][componentkey*="FeedType_"]';
export const POST = `${POST_EMBER}, ${POST_REACT}`;

/** A link naming a post's urn (permalink, analytics); React cards carry no urn of their own. */
export const POST_URN_LINK = '[href*="urn:li:activity:"], [href*="urn:li:ugcPost:"]';

/**
 * A React card's comment box, keyed "commentBox-<base64>-…" (real capture, 2026-07): the base64 is a
 * protobuf holding the post's urn, so a card whose comments are open names its post even without a link.
 */
export const COMMENT_BOX_REACT = '[componentkey^="commentBox-"]';

/** The React feed list itself; what selector health can wait for on the feed. */
export const FEED_REACT = '[data-testid="mainFeed"]';

/**
 * Ember post text (the "commentary"); comment text uses .update-components-text too, but never inside the
 * post's description block, which is the fallback where the commentary class is missing.
 */
export const POST_TEXT_EMBER = '.update-components-update-v2__commentary, .feed-shared-update-v2__description .update-components-text';
/** React text of a post, comment or invitation note; the nearest one not inside a comment is the post's. */
export const TEXT_REACT = '[data-testid="expandable-text-box"]';

/** Ember post author: the meta link holds the profile href and the visible name. */
export const POST_ACTOR_EMBER = '.update-components-actor__container';
export const POST_ACTOR_LINK_EMBER = '.update-components-actor__meta-link';
export const POST_ACTOR_NAME_EMBER = '.update-components-actor__title [dir="ltr"] > [aria-hidden="true"]';

/** React post header (author line), reported by public scrapers as keyed "feed-header…"; the captured posts have none. */
export const POST_HEADER_REACT = '[componentkey^="feed-header"]';
/**
 * Who wrote a React post or comment: a member or company link outside the text. A post's "X and Y like
 * this" line links other people first (captured posts, 2026-09), so for posts it is the last such link
 * before the text; a comment may link its author twice (photo, then name).
 */
export const ACTOR_LINK_REACT = 'a[href*="/in/"], a[href*="/company/"]';
/** React comment header: the author line of a comment, where its label goes. */
export const COMMENT_HEADER_REACT = 'header';

/** Any link to a member profile; React authors and @-mentions in both eras are found through it. */
export const PROFILE_LINK = 'a[href*="/in/"]';
/** @-mentions inside a text: members and company pages. */
export const MENTION_LINK = 'a[href*="/in/"], a[href*="/company/"]';
/** The visible half of a name LinkedIn renders twice (once for sight, once for screen readers). */
export const VISIBLE_NAME = '[aria-hidden="true"]';

/** Parts of a text that are controls or screen-reader copies, never what the author wrote. */
export const TEXT_NOISE =
  'button, [role="button"], .visually-hidden, .a11y-text, .see-more, .lt-line-clamp__more, .lt-line-clamp__less, script, style, template, svg';

/** Ember comment or reply (`article.comments-comment-entity`; older pages `.comments-comment-item`). */
export const COMMENT_EMBER = '[data-id^="urn:li:comment:"]';
/**
 * React comment or reply. LinkedIn keys several nested elements with the same comment urn
 * (`replaceableComment_…` outside, `CommentComponentReference_…` around the author and text; public
 * reports show either alone too), so both match and the adapter keeps the innermost one per urn.
 */
export const COMMENT_REACT = '[componentkey^="replaceableComment_urn:li:comment:("], [componentkey^="CommentComponentReference_urn:li:comment:("]';
export const COMMENT = `${COMMENT_EMBER}, ${COMMENT_REACT}`;

export const COMMENT_TEXT_EMBER = '.comments-comment-item__main-content';
/**
 * React comment body: the paragraph keyed "comment-commentary_…" ("comment-reply-commentary_…" for a reply)
 * around the SDUI text box (real capture, 2026-07). Public reports say post-detail comments lack the text box,
 * so the keyed paragraph is where a comment's text is read when the box is missing.
 */
export const COMMENT_TEXT_REACT = '[componentkey^="comment-commentary_"], [componentkey^="comment-reply-commentary_"]';
/** Everything in a React comment that is its text: links inside it are mentions, not the author. */
export const COMMENT_BODY_REACT = `${TEXT_REACT}, ${COMMENT_TEXT_REACT}`;
/** The comment's author line: where its label goes, and the link that names the commenter. */
export const COMMENT_META_EMBER = '.comments-comment-meta__container';
export const COMMENT_AUTHOR_LINK_EMBER = '.comments-comment-meta__description-container';
export const COMMENT_AUTHOR_NAME_EMBER = '.comments-comment-meta__description-title';

/** One message in a thread, full page or chat window; the urn names the mailbox owner and the thread. */
export const MESSAGE = '[data-event-urn^="urn:li:msg_message:"]';
/** A message someone else sent (LinkedIn's own modifier on the message item). */
export const MESSAGE_INBOUND = '.msg-s-event-listitem--other';
export const MESSAGE_BODY = '.msg-s-event-listitem__body';
export const MESSAGE_BUBBLE = '.msg-s-event-listitem__message-bubble';
export const MESSAGE_SENDER_NAME = '.msg-s-message-group__name';
/** The avatar link of the sender; only the first message of a group has it. */
export const MESSAGE_SENDER_LINK = '.msg-s-event-listitem__link';
/** Every message row of a thread, in order; used to find the first message and a grouped message's sender. */
export const MESSAGE_LIST = '.msg-s-message-list-content';

/** A docked chat window and the participant's name in its header. */
export const CHAT_WINDOW = '.msg-overlay-conversation-bubble';
export const CHAT_WINDOW_TITLE = '.msg-overlay-bubble-header__title';
/** The full-page thread's title bar and the participant's name in it. */
export const THREAD_TITLE_BAR = '.msg-title-bar';
export const THREAD_TITLE = '.msg-entity-lockup__entity-title';

/** A row of the conversation list (messaging page and docked list); rows carry no thread link. */
export const CONVERSATION_ROW = '.msg-conversation-listitem';
export const CONVERSATION_NAME = '.msg-conversation-listitem__participant-names';
export const CONVERSATION_SNIPPET = '.msg-conversation-card__message-snippet';

/** The message composer (full page and chat window). */
export const MESSAGE_FORM = '.msg-form';
/** The form's action bar (attachments, emoji, Send); the call row goes just above it. */
export const MESSAGE_FORM_FOOTER = '.msg-form__footer';
export const MESSAGE_COMPOSER = '.msg-form [contenteditable="true"][role="textbox"]';
/** Comment editors: Ember's Quill editor in the comment box, React's tiptap editor. */
export const COMMENT_EDITOR_EMBER = '.comments-comment-box__form [contenteditable="true"][role="textbox"]';
export const COMMENT_EDITOR_REACT = '[data-testid="ui-core-tiptap-text-editor-wrapper"] [contenteditable="true"][role="textbox"]';
export const COMMENT_EDITOR = `${COMMENT_EDITOR_EMBER}, ${COMMENT_EDITOR_REACT}`;

/**
 * A mention inside a comment or message draft: Quill's mention blot in the Ember comment box (an anchor
 * carrying the member's urn), tiptap's mention node in React, or a plain profile link. Only meaningful
 * inside an editor; no saved page holds a draft with mentions yet.
 */
export const EDITOR_MENTION = '.ql-mention, [data-entity-urn], [data-type="mention"], a[href*="/in/"]';

/** Ember invitation card on the invitation manager, its sender and its note. */
export const INVITE_EMBER = '.invitation-card';
export const INVITE_LINK_EMBER = '.invitation-card__link';
export const INVITE_NAME_EMBER = '.invitation-card__title';
export const INVITE_NOTE_EMBER = '.invitation-card__custom-message';
/**
 * React invitation: public scripts find `[data-view-name="pending-invitation"]` and read the note from the
 * SDUI text box (TEXT_REACT) of the list item around it, where the action buttons also are.
 */
export const INVITE_REACT = '[data-view-name="pending-invitation"]';
/**
 * A public script finds React invitations as list items INSIDE the marked element, the reverse of the layout
 * above: then each such list item is one invitation, and the marked element around them only wraps them.
 */
export const INVITE_LISTED_REACT = '[data-view-name="pending-invitation"] [role="listitem"]';
export const INVITE = `${INVITE_EMBER}, ${INVITE_REACT}, ${INVITE_LISTED_REACT}`;
/** The React list item that holds one invitation's sender, note and buttons. */
export const INVITE_CARD_REACT = '[role="listitem"]';

/** Accept/ignore buttons of a React invitation: an invitation is on the page even when its card is not recognised. */
export const INVITATION_ACTION_REACT = '[data-view-name="invitation-action"]';
/** The received-invitations screen (React) and list (Ember): present, and empty, when nobody is waiting. */
export const INVITATIONS_SCREEN_REACT = '[data-sdui-screen*="InvitationReceived"]';
export const INVITATION_LIST_EMBER = '.mn-invitation-list';
export const INVITATION_ROW_EMBER = '.mn-invitation-list li';
/** LinkedIn's Ember empty-state block ("No pending invitations" in any language). */
export const EMPTY_STATE = '.artdeco-empty-state';

/** Any element keyed by a comment urn, in every form seen: the page shows comments, whether or not they are recognised. */
export const COMMENT_URN_MARK = '[data-id*="urn:li:comment:"], [componentkey*="urn:li:comment:"], [id*="urn:li:comment:"]';

/** Everything findItems turns into an item, for the "is node inside an item?" question. */
export const ITEM = `${POST}, ${COMMENT}, ${MESSAGE}, ${INVITE}`;
/**
 * The items a post or a comment can hold: comments and replies only (a shared post is part of its card),
 * of the card's own markup era. Searching an Ember card for its era's one attribute instead of all three
 * comment forms costs Chromium a fifth as much (9 against 47 µs on a 922-element post with 10 comments).
 */
export const ITEM_IN_EMBER_CARD = COMMENT_EMBER;
export const ITEM_IN_REACT_CARD = COMMENT_REACT;
