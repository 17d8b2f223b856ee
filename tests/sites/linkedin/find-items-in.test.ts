// @vitest-environment happy-dom
// The content script calls findItemsIn on each subtree a MutationObserver reports as added.
import { describe, expect, it } from 'vitest';
import { findItems, findItemsIn } from '../../../src/sites/linkedin/find-items';
import {
  COMMENT,
  COMMENT_EMBER,
  ITEM,
  ITEM_IN_EMBER_CARD,
  ITEM_IN_REACT_CARD,
  POST,
  POST_EMBER,
} from '../../../src/sites/linkedin/selectors';
import { fixtureFiles, loadFixture } from './load-fixture';

function kindsAndIds(root: Element) {
  return findItemsIn(root).map((f) => [f.item.kind, f.item.id]);
}

describe('findItemsIn on real React feed comments (2026-07): a reply rendered later in its own wrappers', () => {
  it('yields the reply alone, read against everyone already in the list', () => {
    const document = loadFixture('linkedin-react-feed-comments-2026-07-scrubbed.html');
    const reply = document.querySelector('[componentkey$=",7487199472029192192)"]')!;
    const wrapper = reply.parentElement!.parentElement!;
    const found = findItemsIn(wrapper);
    expect(found.map((f) => f.element)).toEqual([reply.querySelector('[componentkey^="CommentComponentReference_"]')]);
    expect([...(found[0]?.item.threadParticipants ?? [])].sort()).toEqual([
      '/in/test-commenter-alpha',
      '/in/test-commenter-beta',
      '/in/test-commenter-gamma-123456789',
    ]);
  });
});

describe('findItemsIn on the comment thread', () => {
  const document = loadFixture('linkedin-post-comment-thread-2026-09-edited-four-mentions.html');
  const [post, comment, reply] = findItems(document);

  it('an added post yields the post and its comments', () => {
    expect(findItemsIn(post!.element)).toHaveLength(3);
  });

  it('an added reply yields the reply only, not its comment or post', () => {
    expect(kindsAndIds(reply!.element)).toEqual([['comment', reply!.item.id]]);
  });

  it('a node added inside a comment yields that comment, read in full', () => {
    const mention = comment!.element.querySelector('a[href="/in/test-person-5/"]')!;
    const [found, ...rest] = findItemsIn(mention);
    expect(rest).toEqual([]);
    expect(found?.element).toBe(comment!.element);
    expect(found?.item.mentions).toHaveLength(4);
    expect(found?.item.threadParticipants).toEqual(['/in/test-person-1']);
  });

  it('the comment list added at once yields both comments and not the post again', () => {
    const list = document.querySelector('.comments-comments-list')!;
    expect(kindsAndIds(list).map(([kind]) => kind)).toEqual(['post', 'comment', 'comment']);
  });

  it('a node outside any item yields nothing', () => {
    const outside = document.createElement('div');
    document.body.append(outside);
    expect(findItemsIn(outside)).toEqual([]);
  });
});

describe('findItemsIn on messages', () => {
  const document = loadFixture('synthetic-chat-window-2026.html');

  it('a grouped message added on its own still gets the sender named above it', () => {
    const rows = document.querySelectorAll('[data-event-urn]');
    const [found] = findItemsIn(rows[1]!);
    expect(found?.item.author?.name).toBe('Jordan Reyes');
    expect(found?.item.isFirstInThread).toBe(false);
  });

  it('an added chat window yields all its messages', () => {
    expect(findItemsIn(document.querySelector('#msg-overlay')!)).toHaveLength(3);
  });
});

describe('thread participants across incremental scans', () => {
  it('a comment added later counts its author, and a later comment sees them as in the thread', () => {
    const document = loadFixture('linkedin-post-comment-thread-2026-09.html');
    findItems(document);
    const list = document.querySelector('.scaffold-finite-scroll__content > div')!;
    const template = list.querySelector(':scope > article')!;

    const joined = template.cloneNode(true) as Element;
    joined.setAttribute('data-id', 'urn:li:comment:(activity:1111111111111111111,2222222222222222222)');
    joined.querySelector('.comments-comment-meta__description-container')!.setAttribute('href', '/in/late-joiner/');
    list.append(joined);
    expect(findItemsIn(joined)[0]?.item.threadParticipants).toEqual(['/in/test-person-1', '/in/late-joiner']);

    const next = template.cloneNode(true) as Element;
    next.setAttribute('data-id', 'urn:li:comment:(activity:1111111111111111111,3333333333333333333)');
    list.append(next);
    const [found] = findItemsIn(next);
    expect(found?.item.threadParticipants).toContain('/in/late-joiner');
  });

  it('comments added in one subtree see each other as participants', () => {
    const document = loadFixture('synthetic-react-feed-2026.html');
    const [post] = findItems(document);
    const section = post!.element.querySelector('[componentkey^="commentsSectionContainer"]')!;
    const fresh = section.cloneNode(true) as Element;
    for (const link of fresh.querySelectorAll('header a')) link.setAttribute('href', 'https://www.linkedin.com/in/brand-new/');
    for (const comment of fresh.querySelectorAll('[componentkey*="urn:li:comment:"]')) {
      comment.setAttribute('componentkey', comment.getAttribute('componentkey')!.replace('0101)', '0201)').replace('0102)', '0202)'));
    }
    section.after(fresh);
    const found = findItemsIn(fresh);
    expect(found.map((f) => f.item.kind)).toEqual(['post', 'comment', 'comment']);
    for (const { item } of found.slice(1)) expect(item.threadParticipants).toContain('/in/brand-new');
  });
});

describe('what a post or a comment holds', () => {
  it.each(fixtureFiles())('on %s, a post or a comment holds only items of its own markup era', (name) => {
    const document = loadFixture(name);
    for (const card of document.querySelectorAll(`${POST}, ${COMMENT}`)) {
      const own = card.matches(`${POST_EMBER}, ${COMMENT_EMBER}`) ? ITEM_IN_EMBER_CARD : ITEM_IN_REACT_CARD;
      expect([...card.querySelectorAll(own)]).toEqual([...card.querySelectorAll(ITEM)]);
    }
  });
});

describe('a React card reused for another post', () => {
  it('forgets the commenters of the post it showed before', () => {
    const document = loadFixture('synthetic-react-feed-2026.html');
    const [post] = findItems(document);
    const card = post!.element;
    const comment = card.querySelector('[componentkey^="CommentComponentReference_"]')!;
    expect(findItemsIn(comment)[0]?.item.threadParticipants).toEqual(['/in/mara-lindqvist', '/in/pat-okafor']);

    // React puts another post into the same element: a new key, a new permalink, other commenters.
    card.setAttribute('componentkey', 'update-card-focusAnotherPostFeedType_MAIN_FEED_RELEVANCE');
    for (const link of card.querySelectorAll('[href*="urn:li:activity:"]')) link.setAttribute('href', '/feed/update/urn:li:activity:7499999999999999999/');
    for (const link of card.querySelectorAll('[componentkey^="commentsSectionContainer"] header a')) link.setAttribute('href', '/in/newcomer/');
    comment.setAttribute('componentkey', comment.getAttribute('componentkey')!.replace(/,(\d+)\)$/, ',9$1)'));
    expect(findItemsIn(comment)[0]?.item.threadParticipants).toEqual(['/in/mara-lindqvist', '/in/newcomer']);
  });
});
