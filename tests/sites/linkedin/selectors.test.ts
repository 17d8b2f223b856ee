// @vitest-environment happy-dom
// refined-github style: every selector is pinned to how many elements it matches on every saved page,
// including 0 where it must not match. A new selector without counts, or a new page without a column,
// fails the meta-tests below.
import { describe, expect, it } from 'vitest';
import * as selectors from '../../../src/sites/linkedin/selectors';
import { fixtureFiles, loadFixture } from './load-fixture';

const PAGES = [
  'linkedin-feed-post-2025-08.html',
  'linkedin-messaging-thread-2026-05.html',
  'linkedin-messaging-thread-2026-05-edited-long-exchange.html',
  'linkedin-post-comment-thread-2026-09.html',
  'linkedin-post-comment-thread-2026-09-edited-four-mentions.html',
  'synthetic-chat-window-2026.html',
  'synthetic-invitation-manager-ember-2026.html',
  'synthetic-invitation-manager-react-2026.html',
  'synthetic-react-feed-2026.html',
  'linkedin-react-feed-posts-2026-09-scrubbed.html',
  'synthetic-invitation-manager-empty-ember-2026.html',
  'synthetic-invitation-manager-empty-react-2026.html',
  'synthetic-invitation-manager-react-note-beside-2026.html',
  'synthetic-react-post-detail-2026.html',
  'linkedin-react-feed-comments-2026-07-scrubbed.html',
  'synthetic-invitation-manager-react-wrapped-list-2026.html',
  'linkedin-chat-window-2026-05-trimmed.html',
] as const;

/** One count per saved page; mapped over the tuple so a missing or extra column is a type error. */
type CountsPer<Pages extends readonly string[]> = { readonly [K in keyof Pages]: number };
type Counts = CountsPer<typeof PAGES>;

// Columns follow PAGES: feed 2025 | messaging | messaging edited | thread | thread edited | chat | invites Ember |
// invites React | React feed | React posts (real) | no invites Ember | no invites React | React note beside | React post detail | React comments (real) | invites React wrapped list | chat window (real)
const EXPECTED: Record<keyof typeof selectors, Counts> = {
  POST_EMBER: [1, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  POST_REACT: [0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 0, 0, 0, 1, 0, 0, 0],
  POST: [1, 0, 0, 1, 1, 0, 0, 0, 2, 2, 0, 0, 0, 1, 0, 0, 0],
  POST_URN_LINK: [0, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0],
  COMMENT_BOX_REACT: [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0],
  FEED_REACT: [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0],
  POST_TEXT_EMBER: [1, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  TEXT_REACT: [0, 0, 0, 0, 0, 0, 0, 1, 4, 2, 0, 0, 1, 4, 3, 2, 0],
  POST_ACTOR_EMBER: [1, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  POST_ACTOR_LINK_EMBER: [1, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  POST_ACTOR_NAME_EMBER: [1, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  POST_HEADER_REACT: [0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0],
  ACTOR_LINK_REACT: [3, 9, 31, 9, 13, 5, 6, 4, 11, 9, 1, 1, 4, 12, 7, 6, 5],
  COMMENT_HEADER_REACT: [0, 0, 0, 0, 0, 2, 0, 0, 2, 0, 0, 0, 0, 3, 0, 0, 1],
  PROFILE_LINK: [3, 9, 31, 9, 13, 5, 6, 4, 10, 9, 1, 1, 4, 10, 7, 6, 5],
  MENTION_LINK: [3, 9, 31, 9, 13, 5, 6, 4, 11, 9, 1, 1, 4, 12, 7, 6, 5],
  VISIBLE_NAME: [17, 21, 54, 43, 43, 1, 0, 0, 5, 13, 0, 0, 0, 4, 4, 0, 6],
  TEXT_NOISE: [28, 61, 187, 60, 60, 6, 7, 4, 7, 16, 1, 1, 5, 2, 10, 7, 16],
  COMMENT_EMBER: [0, 0, 0, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  COMMENT_REACT: [0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 3, 8, 0, 0],
  COMMENT: [0, 0, 0, 2, 2, 0, 0, 0, 4, 0, 0, 0, 0, 3, 8, 0, 0],
  COMMENT_TEXT_EMBER: [0, 0, 0, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  COMMENT_TEXT_REACT: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0],
  COMMENT_BODY_REACT: [0, 0, 0, 0, 0, 0, 0, 1, 4, 2, 0, 0, 1, 4, 6, 2, 0],
  COMMENT_META_EMBER: [0, 0, 0, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  COMMENT_AUTHOR_LINK_EMBER: [0, 0, 0, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  COMMENT_AUTHOR_NAME_EMBER: [0, 0, 0, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  MESSAGE: [0, 3, 14, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
  MESSAGE_INBOUND: [0, 1, 7, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  MESSAGE_BODY: [0, 3, 14, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
  MESSAGE_BUBBLE: [0, 3, 14, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
  MESSAGE_SENDER_NAME: [0, 3, 14, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
  MESSAGE_SENDER_LINK: [0, 3, 14, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
  MESSAGE_LIST: [0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
  CHAT_WINDOW: [0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  CHAT_WINDOW_TITLE: [0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
  THREAD_TITLE_BAR: [0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  THREAD_TITLE: [0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  CONVERSATION_ROW: [0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  CONVERSATION_NAME: [0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  CONVERSATION_SNIPPET: [0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  MESSAGE_FORM: [0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
  MESSAGE_FORM_FOOTER: [0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
  MESSAGE_COMPOSER: [0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
  COMMENT_EDITOR_EMBER: [0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  COMMENT_EDITOR_REACT: [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0],
  COMMENT_EDITOR: [0, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0],
  EDITOR_MENTION: [3, 9, 31, 9, 13, 5, 6, 4, 10, 9, 1, 1, 4, 10, 8, 6, 5],
  INVITE_EMBER: [0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  INVITE_LINK_EMBER: [0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  INVITE_NAME_EMBER: [0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  INVITE_NOTE_EMBER: [0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  INVITE_REACT: [0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 2, 0, 0, 1, 0],
  INVITE_LISTED_REACT: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0],
  INVITE: [0, 0, 0, 0, 0, 0, 3, 2, 0, 0, 0, 0, 2, 0, 0, 4, 0],
  INVITE_CARD_REACT: [0, 0, 0, 0, 0, 0, 0, 2, 3, 2, 0, 1, 2, 1, 0, 3, 0],
  INVITATION_ACTION_REACT: [0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 2, 0, 0, 3, 0],
  INVITATIONS_SCREEN_REACT: [0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 1, 0],
  INVITATION_LIST_EMBER: [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  INVITATION_ROW_EMBER: [0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  EMPTY_STATE: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0],
  COMMENT_URN_MARK: [0, 0, 0, 2, 2, 0, 0, 0, 4, 0, 0, 0, 0, 3, 8, 0, 0],
  ITEM: [1, 3, 14, 3, 3, 3, 3, 2, 6, 2, 0, 0, 2, 4, 8, 4, 1],
  ITEM_IN_EMBER_CARD: [0, 0, 0, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  ITEM_IN_REACT_CARD: [0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 3, 8, 0, 0],
};

describe('selectors on the saved pages', () => {
  const documents = new Map(PAGES.map((page) => [page, loadFixture(page)]));

  for (const [name, counts] of Object.entries(EXPECTED)) {
    it(`${name} matches the pinned number of elements on every page`, () => {
      const selector = selectors[name as keyof typeof selectors];
      const actual = PAGES.map((page) => documents.get(page)?.querySelectorAll(selector).length);
      expect(actual).toEqual(counts);
    });
  }

  it('every exported selector has counts', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(selectors).sort());
  });

  it('every saved page has a column', () => {
    expect([...PAGES].sort()).toEqual(fixtureFiles());
  });

  it('no selector reads an attribute that carries UI language', () => {
    const translated = /\[(aria-label|aria-placeholder|title|alt|placeholder|data-placeholder)\b/;
    for (const selector of Object.values(selectors)) expect(selector).not.toMatch(translated);
  });
});
