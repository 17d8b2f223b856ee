// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://www.linkedin.com/feed/" }
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { findDock, type CallFeaturePart } from '../../../src/content/call/call-dock';
import { OnDemandCallFeature } from '../../../src/content/call/on-demand-call-feature';
import type { JudgedFound } from '../../../src/content/item-scanner';
import { PageSession } from '../../../src/content/page-session';
import '../extension-globals';

/** What the call script's feature was given, in order. */
type Call = ['handle', Element[]] | ['messagesSeen', string[]];

let session: PageSession;
let inject: ReturnType<typeof vi.fn<() => Promise<boolean>>>;
let calls: Call[];

const recordingFeature = (): CallFeaturePart => ({
  handle: (roots) => calls.push(['handle', roots]),
  messagesSeen: (messages) => calls.push(['messagesSeen', messages.map((m) => m.id)]),
});

/** One scan's judged messages; only the ids matter to the hand-over. */
function scan(...ids: string[]): JudgedFound[] {
  return ids.map((id) => {
    const element = document.createElement('div');
    return { id, verdicts: [], found: { element, labelAnchor: element, item: { id, kind: 'message', text: '', mentions: [], hashtags: [] } } };
  });
}

function added(html: string): Element {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

const COMPOSER = '<form class="msg-form"><div contenteditable="true" role="textbox"></div></form>';
const POST = '<div role="article" data-urn="urn:li:activity:1"><p>A post</p></div>';

/** What the call script does once the worker injected it. */
const registerCallScript = (create: () => CallFeaturePart = recordingFeature): void => findDock()?.register(create);

beforeEach(() => {
  document.body.innerHTML = '';
  history.replaceState(null, '', '/feed/');
  session = new PageSession();
  inject = vi.fn(async () => true);
  calls = [];
});
afterEach(() => session.stop());

describe('OnDemandCallFeature', () => {
  test('a page without a composer or messages never asks for the call script', () => {
    const call = new OnDemandCallFeature(session, inject);
    call.start();
    call.handle([added(POST), added('<aside><p>People you may know</p></aside>')]);
    call.handle([document.body]);
    expect(inject).not.toHaveBeenCalled();
  });

  test('a composer in an added subtree, or around it, asks once per document, however many follow', () => {
    const call = new OnDemandCallFeature(session, inject);
    const form = added(COMPOSER);
    call.handle([form.querySelector('[contenteditable]')!]);
    call.handle([added(COMPOSER)]);
    call.messagesSeen(scan('m1'));
    expect(inject).toHaveBeenCalledTimes(1);
  });

  test('a form inside a post or message is not a composer', () => {
    const call = new OnDemandCallFeature(session, inject);
    const post = added(`<div role="article" data-urn="urn:li:activity:2"><div class="inner">${COMPOSER}</div></div>`);
    call.handle([post.querySelector('.inner')!]);
    expect(inject).not.toHaveBeenCalled();
  });

  test('messages the page shows ask for it too: a messaging surface needs the thread counts', () => {
    const call = new OnDemandCallFeature(session, inject);
    call.messagesSeen(scan('m1'));
    expect(inject).toHaveBeenCalledTimes(1);
  });

  test('a thread opened from the popup with the draft hash asks at start, before anything is added', () => {
    history.replaceState(null, '', '/messaging/thread/2-abc/#not-so-social-call');
    new OnDemandCallFeature(session, inject).start();
    expect(inject).toHaveBeenCalledTimes(1);
  });

  test('what came before the script registered is handed over in page order, roots first; then each call is forwarded', () => {
    const call = new OnDemandCallFeature(session, inject);
    call.handle([added(POST)]);
    const first = added(COMPOSER);
    call.messagesSeen(scan('m1', 'm2'));
    const removed = added(COMPOSER);
    const second = added(COMPOSER);
    call.handle([removed, second]);
    call.messagesSeen(scan('m3'));
    removed.remove();
    call.handle([first]);
    expect(calls).toEqual([]);

    registerCallScript();
    // The post never held a composer, and a chat window closed meanwhile needs no row.
    expect(calls).toEqual([
      ['handle', [second, first]],
      ['messagesSeen', ['m1', 'm2']],
      ['messagesSeen', ['m3']],
    ]);

    const post = added(POST);
    call.handle([post]);
    call.messagesSeen(scan('m4'));
    expect(calls.slice(3)).toEqual([
      ['handle', [post]],
      ['messagesSeen', ['m4']],
    ]);
    expect(inject).toHaveBeenCalledTimes(1);
  });

  test('the call script creates its feature once in the core\'s page visit: an injection repeated after a lost reply does nothing', () => {
    const call = new OnDemandCallFeature(session, inject);
    call.messagesSeen(scan('m1'));
    const create = vi.fn(recordingFeature);
    registerCallScript(create);
    registerCallScript(create);
    expect(create).toHaveBeenCalledTimes(1);
    expect(calls).toEqual([['messagesSeen', ['m1']]]);
  });

  test('when the worker cannot inject, nothing more is kept or asked for', async () => {
    inject.mockResolvedValue(false);
    const call = new OnDemandCallFeature(session, inject);
    call.messagesSeen(scan('m1'));
    call.handle([added(COMPOSER)]);
    await vi.waitFor(() => expect(inject).toHaveBeenCalledTimes(1));
    await Promise.resolve();
    call.messagesSeen(scan('m2'));
    call.handle([added(COMPOSER)]);
    registerCallScript();
    expect(inject).toHaveBeenCalledTimes(1);
    expect(calls).toEqual([]);
  });

  test('a stopped page visit (the extension reloaded) takes its dock away, and a late script registers nothing', () => {
    const call = new OnDemandCallFeature(session, inject);
    const dock = findDock();
    call.messagesSeen(scan('m1'));
    session.stop();
    expect(findDock()).toBeUndefined();
    const create = vi.fn(recordingFeature);
    dock?.register(create);
    expect(create).not.toHaveBeenCalled();
  });

  test('a newer page visit\'s dock is not removed when an older one stops', () => {
    const older = new PageSession();
    new OnDemandCallFeature(older, inject);
    new OnDemandCallFeature(session, inject);
    const newer = findDock();
    older.stop();
    expect(findDock()).toBe(newer);
  });

  test('the call script\'s entry registers the real call feature through the dock, in the core\'s session', async () => {
    const call = new OnDemandCallFeature(session, inject);
    const form = added(COMPOSER);
    call.handle([form]);
    vi.resetModules();
    await import('../../../src/content/call/call-entry');
    // Handed the buffered composer, the real feature put its row beside it.
    expect(form.querySelector('not-so-social-call')).not.toBeNull();
    call.handle([added(COMPOSER)]);
    expect(document.querySelectorAll('not-so-social-call')).toHaveLength(2);
  });
});
