// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findItems } from '../../../src/sites/linkedin/find-items';
import { fixtureFiles, loadFixture } from './load-fixture';

const THREAD_URN = 'urn:li:activity:1111111111111111111';
const COMMENT_URN = 'urn:li:comment:(activity:1111111111111111111,1111111111111111111)';

function itemsOf(page: string) {
  return findItems(loadFixture(page));
}

describe('findItems on the real post-detail page (Ember, 2026-09)', () => {
  const found = itemsOf('linkedin-post-comment-thread-2026-09.html');

  it('finds the post, the comment and the reply, in page order', () => {
    expect(found.map((f) => [f.item.kind, f.item.id])).toEqual([
      ['post', THREAD_URN],
      ['comment', COMMENT_URN],
      ['comment', `${COMMENT_URN}>${COMMENT_URN}`],
    ]);
  });

  it('reads the post author from the actor line, not the screen-reader copy', () => {
    expect(found[0]?.item.author).toEqual({ name: 'Dolorx Sitxxx', profileUrl: '/in/test-person-1' });
    expect(found[0]?.item.text).toBe('Exxxxx eaxxxx comm c duis');
  });

  it('reads the comment: text without its reply, author, no mention for an external link', () => {
    const comment = found[1]?.item;
    expect(comment?.text).toBe('Adipis el sedxxxx do eiusmodxx temp incididuntxxxxxxxxxxxxxxxxxxxxxxxxxxxxx');
    expect(comment?.author).toEqual({ name: 'Idxxxx Estxxx', profileUrl: '/in/test-person-1' });
    expect(comment?.mentions).toEqual([]);
    expect(comment?.threadId).toBe(THREAD_URN);
    expect(comment?.authorIsPostAuthor).toBe(true);
    expect(comment?.threadParticipants).toEqual(['/in/test-person-1']);
  });

  it('reads the reply and its one mention', () => {
    const reply = found[2]?.item;
    expect(reply?.text).toBe('Conseq Duisxx Aut irure inxx rep Vol');
    expect(reply?.author).toEqual({ name: 'Nostru Exerci', profileUrl: '/in/test-person-1' });
    expect(reply?.mentions).toEqual([{ name: 'Conseq Duisxx', profileUrl: '/in/test-person-1' }]);
  });

  it('anchors comment labels on their own author line', () => {
    expect(found[1]?.labelAnchor.classList.contains('comments-comment-meta__container--parent')).toBe(true);
    expect(found[2]?.labelAnchor.closest('.comments-comment-entity--reply')).toBe(found[2]?.element);
  });
});

describe('findItems on the edited four-mention thread', () => {
  const found = itemsOf('linkedin-post-comment-thread-2026-09-edited-four-mentions.html');

  it('the top-level comment tags four people who are not in the thread', () => {
    const comment = found.find((f) => f.item.id === COMMENT_URN)?.item;
    expect(comment?.mentions.map((m) => m.profileUrl)).toEqual(['/in/test-person-3', '/in/test-person-4', '/in/test-person-5', '/in/test-person-6']);
    expect(comment?.mentions.map((m) => m.name)).toEqual(['Velit Essecil', 'Fugiat Nullap', 'Excepte Sintoc', 'Cupida Nonpro']);
    for (const mention of comment?.mentions ?? []) expect(comment?.threadParticipants).not.toContain(mention.profileUrl);
  });

  it('the reply still mentions exactly one person', () => {
    expect(found.map((f) => f.item.mentions.length)).toEqual([0, 4, 1]);
  });
});

describe('findItems on the real feed post (Ember, 2025-08)', () => {
  const [post, ...rest] = itemsOf('linkedin-feed-post-2025-08.html');

  it('finds one post with its urn, author, mention and line breaks, without the "more" control', () => {
    expect(rest).toEqual([]);
    expect(post?.item).toMatchObject({
      id: 'urn:li:activity:7366738224129470464',
      kind: 'post',
      author: { name: 'Arjun V Paul .', profileUrl: '/in/arjunvpaul' },
      mentions: [{ name: 'Aromal Sivadasan', profileUrl: '/in/aromal-sivadasan-b70676b' }],
      hashtags: [],
    });
    const text = post?.item.text ?? '';
    expect(text.startsWith("I got schooled again by our CTO during our 'quick sync' 🤦‍♂️\n\nMe: \"Can we make")).toBe(true);
    expect(text.endsWith('is never a good sign.')).toBe(true);
    expect(text).not.toMatch(/more$/);
    expect(text.split('\n').filter((line) => line).length).toBe(7);
  });
});

describe('findItems on an Ember post without the commentary class (older pages)', () => {
  it('reads the text from the description block instead', () => {
    const document = loadFixture('linkedin-feed-post-2025-08.html');
    for (const text of document.querySelectorAll('.update-components-update-v2__commentary')) text.classList.remove('update-components-update-v2__commentary');
    const [post] = findItems(document);
    expect(post?.item.text.startsWith("I got schooled again by our CTO during our 'quick sync'")).toBe(true);
    expect(post?.item.mentions).toHaveLength(1);
  });
});

describe('findItems on the real messaging thread (Ember, 2026-05)', () => {
  const found = itemsOf('linkedin-messaging-thread-2026-05.html');
  const thread = '8482fcae-ae85-4ae7-befe-95487d5269b6_100';

  it('finds three messages: one received first, two sent', () => {
    expect(found.map((f) => [f.item.kind, f.item.direction, f.item.isFirstInThread, f.item.threadId])).toEqual([
      ['message', 'in', true, thread],
      ['message', 'out', false, thread],
      ['message', 'out', false, thread],
    ]);
  });

  it('reads sender, text, send time and the participant name', () => {
    expect(found[0]?.item.author).toEqual({ name: 'Casey Carter', profileUrl: '/in/ACoAATEST0000000000000000000000000000002' });
    expect(found[0]?.item.text).toBe('Saw you in the Career System Community. Looking forward to connecting with you here!');
    expect(found[1]?.item.author?.name).toBe('Test Viewer');
    expect(found.map((f) => f.sentAt)).toEqual([1779418383641, 1779454370689, 1779454562031]);
    expect(found.map((f) => f.participantName)).toEqual(['Casey Carter', 'Casey Carter', 'Casey Carter']);
    expect(found.every((f) => f.labelAnchor.classList.contains('msg-s-event-listitem__message-bubble'))).toBe(true);
  });
});

describe('findItems on the docked chat window (synthetic)', () => {
  const found = itemsOf('synthetic-chat-window-2026.html');

  it('gives a grouped message without its own meta the sender above it', () => {
    expect(found.map((f) => [f.item.author?.name, f.item.direction, f.item.isFirstInThread])).toEqual([
      ['Jordan Reyes', 'in', true],
      ['Jordan Reyes', 'in', false],
      ['Test Viewer', 'out', false],
    ]);
  });

  it('keeps the message line break and names the participant from the window header', () => {
    expect(found[0]?.item.text).toBe(
      'Hi {first_name}, I help founders like you book 20+ qualified meetings a month.\nDo you have 15 minutes this week? https://calendly.com/jordan-reyes/15min',
    );
    expect(found.map((f) => f.participantName)).toEqual(['Jordan Reyes', 'Jordan Reyes', 'Jordan Reyes']);
    expect(new Set(found.map((f) => f.item.threadId))).toEqual(new Set(['2f6c1a9e-1d2b-4c3d-9e8f-0a1b2c3d4e5f_100']));
  });
});

describe('findItems on a real docked chat window (Ember, 2026-05), saved from inside the window', () => {
  const found = itemsOf('linkedin-chat-window-2026-05-trimmed.html');

  it('reads the one message: the owner sent it, first in the thread, and the window header names the other person', () => {
    expect(found.map((f) => f.item.kind)).toEqual(['message']);
    const [message] = found;
    expect(message?.item.text).toBe('Great to connect with you here, Bob!');
    expect(message?.item.author).toEqual({ name: 'Test Viewer', profileUrl: '/in/ACoAATEST0000000000000000000000000000005' });
    expect(message?.item.direction).toBe('out');
    expect(message?.item.isFirstInThread).toBe(true);
    expect(message?.participantName).toBe('Bob Brown');
    expect(message?.labelAnchor.classList.contains('msg-s-event-listitem__message-bubble')).toBe(true);
  });
});

describe('findItems on the docked chat window with its window element gone (synthetic page, as the real capture is saved)', () => {
  it('names the participant from the window header, never from the docked list header beside it', () => {
    const document = loadFixture('synthetic-chat-window-2026.html');
    document.querySelector('.msg-overlay-conversation-bubble')!.classList.remove('msg-overlay-conversation-bubble');
    expect(findItems(document).map((f) => f.participantName)).toEqual(['Jordan Reyes', 'Jordan Reyes', 'Jordan Reyes']);
  });

  it('names nobody when no header title links a profile', () => {
    const document = loadFixture('synthetic-chat-window-2026.html');
    document.querySelector('.msg-overlay-conversation-bubble')!.classList.remove('msg-overlay-conversation-bubble');
    for (const link of document.querySelectorAll('.msg-overlay-bubble-header__title a')) link.removeAttribute('href');
    expect(findItems(document).map((f) => f.participantName)).toEqual([undefined, undefined, undefined]);
  });
});

describe('findItems on the React feed (synthetic)', () => {
  const found = itemsOf('synthetic-react-feed-2026.html');

  it('finds two posts, a comment and its reply, and skips the suggestions module', () => {
    expect(found.map((f) => [f.item.kind, f.item.id])).toEqual([
      // No urn on the card itself: its comments' urns are not what names it (they are gone when the comments are closed).
      ['post', 'content:/in/mara-lindqvist:Drei Dinge, die ich über Führung gelernt habe. Zuhören schlägt Reden. Danke an Jonas Berg für das Ge'],
      ['comment', 'urn:li:comment:(urn:li:activity:7400000000000000001,7400000000000000101)'],
      [
        'comment',
        'urn:li:comment:(urn:li:activity:7400000000000000001,7400000000000000101)>urn:li:comment:(urn:li:activity:7400000000000000001,7400000000000000102)',
      ],
      ['post', 'urn:li:activity:7400000000000000002'],
    ]);
  });

  it('reads the post: author, text without the "mehr" control, mention, hashtags', () => {
    expect(found[0]?.item).toMatchObject({
      author: { name: 'Mara Lindqvist', profileUrl: '/in/mara-lindqvist' },
      text: 'Drei Dinge, die ich über Führung gelernt habe.\n\nZuhören schlägt Reden.\nDanke an Jonas Berg für das Gespräch gestern.\n\n#Führung #Teams',
      mentions: [{ name: 'Jonas Berg', profileUrl: '/in/jonas-berg' }],
      hashtags: ['Führung', 'Teams'],
    });
  });

  it('reads the tagging comment and the author reply with thread facts', () => {
    const [, comment, reply] = found.map((f) => f.item);
    expect(comment?.author).toEqual({ name: 'Pat Okafor', profileUrl: '/in/pat-okafor' });
    expect(comment?.mentions.map((m) => m.profileUrl)).toEqual(['/in/lena-vogt', '/in/omar-haddad', '/in/sofia-marin', '/company/growthly']);
    expect(comment?.authorIsPostAuthor).toBe(false);
    expect(comment?.threadParticipants).toEqual(['/in/mara-lindqvist', '/in/pat-okafor']);
    expect(reply?.text).toBe('Danke Pat Okafor, was genau hat dich überzeugt?');
    expect(reply?.authorIsPostAuthor).toBe(true);
    expect(reply?.threadId).toBe(found[0]?.item.id);
  });

  it('counts the hashtags of the bait post', () => {
    expect(found[3]?.item.hashtags).toEqual(['growth', 'sales', 'leadership', 'marketing', 'ai', 'success']);
    expect(found[3]?.item.author?.name).toBe('Rick Broadcast');
  });
});

describe('findItems on the invitation managers (synthetic)', () => {
  it('Ember: one item per note, none for the card without a note, no "voir plus" control text', () => {
    const found = itemsOf('synthetic-invitation-manager-ember-2026.html');
    expect(found.map((f) => [f.item.kind, f.item.author?.profileUrl])).toEqual([
      ['invite', '/in/dana-prospect'],
      ['invite', '/in/ines-moreau-42'],
    ]);
    expect(found[0]?.item.text.startsWith('Hi [Name], I came across your profile')).toBe(true);
    expect(found[0]?.item.text).not.toContain('voir plus');
    expect(found[1]?.item.author?.name).toBe('Inès Moreau');
  });

  it('React: the note of the first card only', () => {
    const found = itemsOf('synthetic-invitation-manager-react-2026.html');
    expect(found.map((f) => f.item.author)).toEqual([{ name: 'Alex Closer', profileUrl: '/in/alex-closer' }]);
    expect(found[0]?.item.text).toBe('Hola {{first_name}}, vi que trabajas en {{company}}. ¿Tienes 15 minutos esta semana para una llamada rápida?');
  });
});

describe('findItems on the real React feed posts (captured 2026-09, scrubbed)', () => {
  const found = itemsOf('linkedin-react-feed-posts-2026-09-scrubbed.html');

  it('finds the two posts and nothing from their chrome (action bar, comment tools)', () => {
    expect(found.map((f) => [f.item.kind, f.item.id])).toEqual([
      // No urn anywhere on these cards: the author and the opening of the text name them (react-post-id.test.ts).
      ['post', 'content:/in/test-author-alpha:They ran the interview process on Internet Explorer and expected his answer on 5G.'],
      ['post', 'content:/in/test-author-beta:Your pipeline can process every event and still produce the wrong table. Maybe a retry creates a dup'],
    ]);
  });

  it('reads the author from the actor line, not from the "X and Y like this" line above it', () => {
    expect(found.map((f) => f.item.author)).toEqual([
      { name: 'Author Alpha', profileUrl: '/in/test-author-alpha' },
      { name: 'Author Beta', profileUrl: '/in/test-author-beta' },
    ]);
  });

  it('reads the text with its line breaks and without the "more" control', () => {
    expect(found[0]?.item.text).toBe('They ran the interview process on Internet Explorer and expected his answer on 5G.');
    const text = found[1]?.item.text ?? '';
    expect(text.startsWith('Your pipeline can process every event and still produce the wrong table.\n\nMaybe a retry')).toBe(true);
    expect(text.endsWith('Know which table version readers should see.')).toBe(true);
    expect(text).not.toMatch(/more$/);
    expect(found.map((f) => f.item.mentions)).toEqual([[], []]);
  });

  it('anchors the label after the actor block, which holds the author link and precedes the text', () => {
    for (const { labelAnchor, item } of found) {
      expect(labelAnchor.querySelector(`a[href*="${item.author?.profileUrl}"]`)).not.toBeNull();
      expect(labelAnchor.querySelector('[data-testid="expandable-text-box"]')).toBeNull();
    }
  });
});

describe('findItems on a React post-detail page (synthetic: comments keyed only by CommentComponentReference, reply as a sibling)', () => {
  const found = itemsOf('synthetic-react-post-detail-2026.html');
  const urn = 'urn:li:activity:7411111111111111111';
  const post = 'content:/in/claire-dubois:Nous recrutons une ou un chef de projet à Lyon. Écrivez-moi si le poste vous parle.';
  const comment = (n: number): string => `urn:li:comment:(${urn},741111111111111120${n})`;

  it('finds the post and each comment once', () => {
    expect(found.map((f) => [f.item.kind, f.item.id])).toEqual([
      ['post', post],
      ['comment', comment(1)],
      ['comment', comment(2)],
      ['comment', comment(3)],
    ]);
  });

  it('takes the author after the "likes this" line and reads the comments against the thread', () => {
    const [first, second, third, fourth] = found.map((f) => f.item);
    expect(first?.author).toEqual({ name: 'Claire Dubois', profileUrl: '/in/claire-dubois' });
    expect(second?.author).toEqual({ name: 'Max Prospect', profileUrl: '/in/max-prospect' });
    expect(second?.mentions.map((m) => m.profileUrl)).toEqual(['/in/ines-roux', '/in/hugo-perrin', '/in/sara-blanc']);
    expect(second?.threadParticipants).toEqual(['/in/claire-dubois', '/in/max-prospect', '/company/acme-conseil']);
    expect(third?.authorIsPostAuthor).toBe(true);
    expect(fourth?.text).toBe('Super partage, merci !');
    expect(fourth?.author).toEqual({ name: 'Acme Conseil', profileUrl: '/company/acme-conseil' });
    expect(found.slice(1).every((f) => f.item.threadId === post)).toBe(true);
  });
});

describe('findItems on real React feed comments (captured 2026-07, scrubbed): reply beside its comment, no header', () => {
  const found = itemsOf('linkedin-react-feed-comments-2026-07-scrubbed.html');
  const urn = (comment: string): string => `urn:li:comment:(urn:li:ugcPost:7486054278927835136,${comment})`;
  const everyone = ['/in/test-commenter-alpha', '/in/test-commenter-beta', '/in/test-commenter-gamma-123456789'];

  it('finds each comment once, on its innermost keyed element', () => {
    expect(found.map((f) => [f.item.kind, f.item.id])).toEqual([
      ['comment', urn('7486091099183251456')],
      ['comment', urn('7487199472029192192')],
      ['comment', urn('7486071797881315328')],
    ]);
    expect(found.every((f) => f.element.getAttribute('componentkey')?.startsWith('CommentComponentReference_'))).toBe(true);
  });

  it('reads the name without the "• You" badge nested in its visible half', () => {
    expect(found.map((f) => f.item.author)).toEqual([
      { name: 'Commenter Alpha', profileUrl: '/in/test-commenter-alpha' },
      { name: 'Commenter B.', profileUrl: '/in/test-commenter-beta' },
      { name: 'Commenter Gamma', profileUrl: '/in/test-commenter-gamma-123456789' },
    ]);
  });

  it('reads the reply: its text, the mention of the comment it answers, and that person as taking part', () => {
    const reply = found[1]?.item;
    expect(reply?.text).toBe('Commenter Alpha thanks a lot, I will');
    expect(reply?.mentions).toEqual([{ name: 'Commenter Alpha', profileUrl: '/in/test-commenter-alpha' }]);
    expect(reply?.threadId).toBe('urn:li:ugcPost:7486054278927835136');
    for (const { item } of found) expect([...(item.threadParticipants ?? [])].sort()).toEqual(everyone);
  });

  it('anchors the label on the row holding the name link, between the author and the text', () => {
    for (const { labelAnchor, element, item } of found) {
      expect(element.contains(labelAnchor)).toBe(true);
      expect(labelAnchor.querySelector(`a[href*="${item.author?.profileUrl}"]`)).not.toBeNull();
      expect(labelAnchor.querySelector('[data-testid="expandable-text-box"], figure')).toBeNull();
    }
  });
});

describe('findItems on real React comments without the SDUI text box (as public reports describe post-detail pages)', () => {
  it('reads each comment from its keyed commentary paragraph, mentions still apart from the author', () => {
    const document = loadFixture('linkedin-react-feed-comments-2026-07-scrubbed.html');
    for (const box of document.querySelectorAll('[data-testid="expandable-text-box"]')) box.removeAttribute('data-testid');
    const found = findItems(document);
    expect(found.map((f) => f.item.text)).toEqual([
      'A whole week spent learning a new subject alone, as the only beginner in the room.',
      'Commenter Alpha thanks a lot, I will',
      'Congratulations, what a year that was.',
    ]);
    expect(found[1]?.item.author?.profileUrl).toBe('/in/test-commenter-beta');
    expect(found[1]?.item.mentions.map((m) => m.profileUrl)).toEqual(['/in/test-commenter-alpha']);
  });
});

describe('findItems on a React post-detail page whose comment list sits outside the post container (as public reports describe)', () => {
  const post = 'urn:li:activity:7411111111111111111';

  function detailWithCommentsBeside(): Document {
    const document = loadFixture('synthetic-react-post-detail-2026.html');
    const card = document.querySelector('[role="listitem"][componentkey*="FEED_DETAIL"]')!;
    card.after(card.querySelector('[componentkey^="commentsSectionContainer"]')!);
    return document;
  }

  it('still reads each comment against the post before the list: its author, its thread', () => {
    const found = findItems(detailWithCommentsBeside());
    const comments = found.filter((f) => f.item.kind === 'comment').map((f) => f.item);
    const postItemId = found.find((f) => f.item.kind === 'post')?.item.id;
    expect(comments).toHaveLength(3);
    expect(comments.map((c) => c.threadId)).toEqual([postItemId, postItemId, postItemId]);
    expect(comments.map((c) => c.authorIsPostAuthor)).toEqual([false, true, false]);
    expect(comments[0]?.threadParticipants).toEqual(['/in/claire-dubois', '/in/max-prospect', '/company/acme-conseil']);
  });

  it('finds the post before a lone comment placed right after the post, with no list around it', () => {
    const document = loadFixture('synthetic-react-post-detail-2026.html');
    const card = document.querySelector('[role="listitem"][componentkey*="FEED_DETAIL"]')!;
    const comments = [...document.querySelectorAll('[componentkey^="CommentComponentReference_"]')];
    card.after(comments[1]!);
    for (const other of [comments[0]!, comments[2]!]) other.remove();
    const found = findItems(document);
    expect(found.map((f) => f.item.kind)).toEqual(['post', 'comment']);
    expect(found[1]?.item.authorIsPostAuthor).toBe(true);
    expect(found[1]?.item.threadId).toBe(found[0]?.item.id);
  });

  it('does not take a post whose urn names another post', () => {
    const document = detailWithCommentsBeside();
    const card = document.querySelector('[role="listitem"][componentkey*="FEED_DETAIL"]')!;
    card.setAttribute('componentkey', 'urn:li:activity:7400000000000000000FeedType_FEED_DETAIL');
    const comments = findItems(document).filter((f) => f.item.kind === 'comment').map((f) => f.item);
    expect(comments.map((c) => c.threadId)).toEqual([post, post, post]);
    expect(comments.some((c) => c.authorIsPostAuthor)).toBe(false);
  });
});

describe('findItems on a comment list saved without its post', () => {
  it('still counts the other commenters as taking part, and names the post from the comment urn', () => {
    const document = loadFixture('synthetic-react-post-detail-2026.html');
    const list = document.querySelector('[componentkey^="CommentComponentReference_"]')!.parentElement!;
    document.body.replaceChildren(list);
    const found = findItems(document);
    expect(found.map((f) => f.item.kind)).toEqual(['comment', 'comment', 'comment']);
    expect(found[0]?.item.threadParticipants).toEqual(['/in/max-prospect', '/in/claire-dubois', '/company/acme-conseil']);
    expect(found[0]?.item.threadId).toBe('urn:li:activity:7411111111111111111');
  });
});

describe('findItems on React comments keyed twice (replaceableComment_ around CommentComponentReference_)', () => {
  it('takes the inner element as the comment, so its text and author are its own', () => {
    const found = itemsOf('synthetic-react-feed-2026.html').filter((f) => f.item.kind === 'comment');
    expect(found.map((f) => f.element.getAttribute('componentkey')?.split('_')[0])).toEqual(['CommentComponentReference', 'CommentComponentReference']);
    expect(found[0]?.element.contains(found[1]?.element ?? null)).toBe(false);
  });
});

describe('findItems on a React invitation whose note sits beside the marked sender block (synthetic)', () => {
  const found = itemsOf('synthetic-invitation-manager-react-note-beside-2026.html');

  it('reads the note from the list item, once, and labels the whole card', () => {
    expect(found.map((f) => [f.item.kind, f.item.author])).toEqual([['invite', { name: 'Renato Vendas', profileUrl: '/in/renato-vendas' }]]);
    expect(found[0]?.item.text).toBe('Olá {first_name}, ajudo empresas como a {{company}} a triplicar as vendas. Podemos marcar 15 minutos esta semana?');
    expect(found[0]?.element.getAttribute('role')).toBe('listitem');
  });
});

describe('findItems on React invitations listed inside the marked element (synthetic, from a public script)', () => {
  const found = itemsOf('synthetic-invitation-manager-react-wrapped-list-2026.html');

  it('reads each list item with a note as its own invitation, not the wrapper as one', () => {
    expect(found.map((f) => [f.item.kind, f.item.author])).toEqual([
      ['invite', { name: 'Klaus Vertrieb', profileUrl: '/in/klaus-vertrieb' }],
      ['invite', { name: 'Tobias Berg', profileUrl: '/in/tobias-berg' }],
    ]);
    expect(found[0]?.item.text).toBe('Hallo [Name], ich helfe Firmen wie {{company}}, ihren Umsatz zu verdreifachen. Haben Sie diese Woche 15 Minuten?');
    expect(found.every((f) => f.element.getAttribute('role') === 'listitem')).toBe(true);
  });
});

/** Pages that hold nothing to judge on purpose: an empty invitation manager. */
const EMPTY_PAGES = new Set(['synthetic-invitation-manager-empty-ember-2026.html', 'synthetic-invitation-manager-empty-react-2026.html']);

describe('findItems on every saved page', () => {
  for (const page of fixtureFiles()) {
    it(`${page}: ids are unique and every label anchor sits inside its item`, () => {
      const found = itemsOf(page);
      if (EMPTY_PAGES.has(page)) {
        expect(found).toEqual([]);
        return;
      }
      expect(found.length).toBeGreaterThan(0);
      expect(new Set(found.map((f) => f.item.id)).size).toBe(found.length);
      for (const { element, labelAnchor } of found) expect(element.contains(labelAnchor)).toBe(true);
    });
  }
});
