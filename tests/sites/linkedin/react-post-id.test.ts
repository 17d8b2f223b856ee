// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findItems } from '../../../src/sites/linkedin/find-items';
import { postId } from '../../../src/sites/linkedin/read-post';
import { contentKey, urnInCommentBoxKey } from '../../../src/sites/linkedin/react-post-id';
import { POST_REACT, TEXT_REACT } from '../../../src/sites/linkedin/selectors';
import { loadFixture } from './load-fixture';

const REAL_POSTS = 'linkedin-react-feed-posts-2026-09-scrubbed.html';
const REAL_COMMENTS = 'linkedin-react-feed-comments-2026-07-scrubbed.html';
const COMMENT_BOX_URN = 'urn:li:ugcPost:7486054278927835136';

const postIds = (page: Document): string[] => findItems(page).filter((f) => f.item.kind === 'post').map((f) => f.item.id);

/** What the next page load may do to a React card's key: the same post, another opaque token. */
function rekeyCards(page: Document, load: number): void {
  for (const card of page.querySelectorAll(POST_REACT)) {
    const key = card.getAttribute('componentkey')!;
    card.setAttribute('componentkey', key.replace(/^update-card-focus[^F]+/, `update-card-focus${load}reloadedTokenOfFortyThreeCharacters${load}`));
  }
}

describe('React post ids on the real feed capture (2026-09), whose cards carry no urn', () => {
  it('are the author and the opening of the text, one per post', () => {
    const ids = postIds(loadFixture(REAL_POSTS));
    expect(ids).toEqual([
      'content:/in/test-author-alpha:They ran the interview process on Internet Explorer and expected his answer on 5G.',
      'content:/in/test-author-beta:Your pipeline can process every event and still produce the wrong table. Maybe a retry creates a dup',
    ]);
    expect(new Set(ids).size).toBe(2);
  });

  it('stay the same on a load whose componentkeys differ, and when the card is re-keyed in the page', () => {
    const first = postIds(loadFixture(REAL_POSTS));
    const reloaded = loadFixture(REAL_POSTS);
    rekeyCards(reloaded, 2);
    expect(postIds(reloaded)).toEqual(first);
    rekeyCards(reloaded, 3);
    expect(postIds(reloaded)).toEqual(first);
  });

  it('stay the same when "see more" expands the text', () => {
    const expanded = loadFixture(REAL_POSTS);
    const collapsed = loadFixture(REAL_POSTS);
    // Collapsed, the box shows the opening and a "… more" control; expanded, the whole text.
    const box = collapsed.querySelectorAll(TEXT_REACT)[1]!;
    box.innerHTML = `${box.innerHTML.slice(0, 400)}<button type="button">… more</button>`;
    expect(box.textContent).toContain('… more');
    expect(postIds(collapsed)).toEqual(postIds(expanded));
  });

  it('differ for two posts of the same author that open differently, and for two authors who wrote the same', () => {
    expect(contentKey('/in/ana', 'Agree?')).not.toBe(contentKey('/in/ana', 'Disagree?'));
    expect(contentKey('/in/ana', 'Agree?')).not.toBe(contentKey('/in/bo', 'Agree?'));
    expect(contentKey('/in/ana', `Agree?\n\n  ${'x'.repeat(200)}`)).toBe(contentKey('/in/ana', `Agree? ${'x'.repeat(300)}`));
    expect(contentKey('/in/ana', '  \n ')).toBeUndefined();
  });

  it('fall back to the componentkey while a card shows no text, without keeping it: the text may render later', () => {
    const page = loadFixture(REAL_POSTS);
    const card = page.querySelector(POST_REACT)!;
    const box = card.querySelector(TEXT_REACT)!;
    const text = box.innerHTML;
    box.innerHTML = '';
    expect(postId(card)).toBe(card.getAttribute('componentkey'));
    box.innerHTML = text;
    expect(postId(card)).toBe('content:/in/test-author-alpha:They ran the interview process on Internet Explorer and expected his answer on 5G.');
  });
});

describe('React post ids from the comment box key (real capture, 2026-07)', () => {
  it('give way to the content key: a card whose comments are open on one load and closed on the next keeps its id', () => {
    const page = loadFixture(REAL_POSTS);
    const card = page.querySelector(POST_REACT)!;
    const closed = postId(card);
    const opened = loadFixture(REAL_POSTS).querySelector(POST_REACT)!;
    const section = loadFixture(REAL_COMMENTS).querySelector('[componentkey^="commentsSectionContainer"]')!;
    opened.append(opened.ownerDocument.importNode(section, true));
    expect(opened.querySelector('[componentkey^="commentBox-"]')).not.toBeNull();
    expect(postId(opened)).toBe(closed);
    expect(closed).toMatch(/^content:/);
  });


  it('read the urn inside the base64 of the real key', () => {
    const key = loadFixture(REAL_COMMENTS).querySelector('[componentkey^="commentBox-"]')!.getAttribute('componentkey')!;
    expect(urnInCommentBoxKey(key)).toBe(COMMENT_BOX_URN);
    expect(urnInCommentBoxKey('commentBox-QVRva2VuT25l')).toBeUndefined();
    expect(urnInCommentBoxKey('commentBox-%%%')).toBeUndefined();
  });

  it('name a card whose comment box is open but whose comments are not there', () => {
    const page = loadFixture(REAL_COMMENTS);
    const section = page.querySelector('[componentkey^="commentsSectionContainer"]')!;
    for (const comment of section.querySelectorAll('[componentkey^="replaceableComment_"]')) comment.remove();
    const card = page.createElement('div');
    card.setAttribute('role', 'listitem');
    card.setAttribute('componentkey', 'update-card-focusOpaqueTokenFeedType_MAIN_FEED_RELEVANCE');
    section.before(card);
    card.append(section);
    expect(postId(card)).toBe(COMMENT_BOX_URN);
  });
});
