// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import './extension-globals';
import { OWN_NODE_ATTRIBUTE } from '../../src/content/own-node';
import { PageSession } from '../../src/content/page-session';
import { watchAddedRoots } from '../../src/content/watch-added-roots';

const idle = () => new Promise((resolve) => setTimeout(resolve, 100));
let session: PageSession;

beforeAll(() => {
  // happy-dom has no idle callbacks; a timer stands in for "the browser is idle now".
  window.requestIdleCallback = (callback) => window.setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 50 }), 10);
  window.cancelIdleCallback = (handle) => window.clearTimeout(handle);
});

afterEach(() => session?.stop());

function start(): Element[][] {
  document.body.innerHTML = '<main id="feed"></main>';
  session = new PageSession();
  const calls: Element[][] = [];
  watchAddedRoots(session, document.body, (roots) => calls.push(roots));
  return calls;
}

describe('watchAddedRoots', () => {
  test('scans the whole page once at start', async () => {
    const calls = start();
    await idle();
    expect(calls).toEqual([[document.body]]);
  });

  test('hands over only the topmost added roots, each once', async () => {
    const calls = start();
    await idle();
    const feed = document.getElementById('feed')!;
    const post = document.createElement('article');
    const comment = document.createElement('div');
    post.append(comment);
    feed.append(post);
    comment.append(document.createElement('span'));
    const second = document.createElement('article');
    feed.append(second);
    await idle();
    expect(calls.slice(1)).toEqual([[post, second]]);
  });

  test("the extension's own elements are not handed over, and alone they schedule nothing", async () => {
    const calls = start();
    await idle();
    const feed = document.getElementById('feed')!;
    const label = document.createElement('not-so-social-label');
    label.setAttribute(OWN_NODE_ATTRIBUTE, 'label');
    feed.append(label);
    await idle();
    expect(calls).toHaveLength(1);
    const post = document.createElement('article');
    feed.append(post, label.cloneNode());
    await idle();
    expect(calls.slice(1)).toEqual([[post]]);
  });

  test('a flood of mutations becomes one rescan', async () => {
    const calls = start();
    await idle();
    const feed = document.getElementById('feed')!;
    for (let i = 0; i < 400; i++) feed.append(document.createElement('article'));
    await idle();
    expect(calls.slice(1)).toEqual([[document.body]]);
  });

  test('stops when the extension goes away underneath the page', async () => {
    const calls = start();
    await idle();
    const stop = vi.spyOn(session, 'isAlive').mockReturnValue(false);
    document.getElementById('feed')!.append(document.createElement('article'));
    await idle();
    expect(calls).toHaveLength(1);
    stop.mockRestore();
  });
});
