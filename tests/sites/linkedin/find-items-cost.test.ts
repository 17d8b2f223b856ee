// @vitest-environment happy-dom
// findItemsIn runs on every mutation batch. Reading one added comment must cost the same in a thread of
// 5 comments as in one of 60: counted in DOM queries, which unlike time does not depend on the machine.
import { describe, expect, it, vi } from 'vitest';
import { findItems, findItemsIn } from '../../../src/sites/linkedin/find-items';
import { loadFixture } from './load-fixture';

function threadWith(comments: number): { document: Document; list: Element; template: Element } {
  const document = loadFixture('linkedin-post-comment-thread-2026-09.html');
  const list = document.querySelector('.scaffold-finite-scroll__content > div')!;
  const template = list.querySelector(':scope > article')!;
  for (let i = 1; i < comments; i += 1) {
    const copy = template.cloneNode(true) as Element;
    copy.setAttribute('data-id', `urn:li:comment:(activity:1111111111111111111,${i})`);
    copy.querySelector('.comments-comment-meta__description-container')!.setAttribute('href', `/in/person-${i}/`);
    list.append(copy);
  }
  return { document, list, template };
}

function queriesToReadOneAddedComment(comments: number): number {
  const { document, list, template } = threadWith(comments);
  findItems(document);
  const added = template.cloneNode(true) as Element;
  added.setAttribute('data-id', 'urn:li:comment:(activity:1111111111111111111,999999)');
  list.append(added);
  const proto = Object.getPrototypeOf(Object.getPrototypeOf(added)) as Element;
  const all = vi.spyOn(proto, 'querySelectorAll');
  const one = vi.spyOn(proto, 'querySelector');
  const [found] = findItemsIn(added).filter((f) => f.element === added);
  const queries = all.mock.calls.length + one.mock.calls.length;
  all.mockRestore();
  one.mockRestore();
  expect(found?.item.threadParticipants).toHaveLength(comments);
  return queries;
}

describe('cost of reading an added comment', () => {
  it('does not grow with the number of comments already in the thread', () => {
    expect(queriesToReadOneAddedComment(60)).toBe(queriesToReadOneAddedComment(5));
  });
});

function reactThreadWith(comments: number): { list: Element; template: Element } {
  const document = loadFixture('synthetic-react-feed-2026.html');
  const template = document.querySelector('[componentkey^="replaceableComment_"]')!;
  const list = template.parentElement!;
  for (let i = 1; i < comments; i += 1) {
    const copy = template.cloneNode(true) as Element;
    for (const keyed of [copy, ...copy.querySelectorAll('[componentkey*="urn:li:comment:"]')]) {
      keyed.setAttribute('componentkey', keyed.getAttribute('componentkey')!.replace(/,(\d+)\)/, `,${i}$1)`));
    }
    copy.querySelector('header a')!.setAttribute('href', `/in/person-${i}/`);
    list.append(copy);
  }
  findItems(document);
  return { list, template };
}

function queriesToReadOneAddedReactComment(comments: number): number {
  const { list, template } = reactThreadWith(comments);
  const added = template.cloneNode(true) as Element;
  for (const keyed of [added, ...added.querySelectorAll('[componentkey*="urn:li:comment:"]')]) {
    keyed.setAttribute('componentkey', keyed.getAttribute('componentkey')!.replace(/,(\d+)\)/, ',999$1)'));
  }
  list.append(added);
  const proto = Object.getPrototypeOf(Object.getPrototypeOf(added)) as Element;
  const all = vi.spyOn(proto, 'querySelectorAll');
  const one = vi.spyOn(proto, 'querySelector');
  const found = findItemsIn(added);
  const queries = all.mock.calls.length + one.mock.calls.length;
  all.mockRestore();
  one.mockRestore();
  expect(found.map((f) => f.item.kind)).toEqual(['comment', 'comment']);
  return queries;
}

describe('cost of reading an added React comment (keyed twice, with a nested reply)', () => {
  it('does not grow with the number of comments already in the thread', () => {
    expect(queriesToReadOneAddedReactComment(60)).toBe(queriesToReadOneAddedReactComment(5));
  });
});

describe('cost of reading an added post', () => {
  it('lists its comments once: the thread read whole is not searched again for who commented', () => {
    const { document } = threadWith(5);
    const post = document.querySelector('[data-urn^="urn:li:activity:"]')!;
    const proto = Object.getPrototypeOf(Object.getPrototypeOf(post)) as Element;
    const all = vi.spyOn(proto, 'querySelectorAll');
    const found = findItemsIn(post);
    const searchesOfThePost = all.mock.contexts.filter((context) => context === post).length;
    all.mockRestore();
    expect(searchesOfThePost).toBe(1);
    // Every comment still sees the post's author and each commenter: as a comment read alone, whose thread is searched, does.
    const alone = threadWith(5).document.querySelector('[data-id^="urn:li:comment:"]')!;
    const expected = findItemsIn(alone)[0]!.item.threadParticipants;
    expect(expected!.length).toBeGreaterThan(2);
    const comments = found.filter((f) => f.item.kind === 'comment');
    expect(comments.length).toBeGreaterThan(5);
    for (const comment of comments) expect(comment.item.threadParticipants).toEqual(expected);
  });
});
