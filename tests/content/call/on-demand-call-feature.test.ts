// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://www.linkedin.com/feed/" }
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { CallFeaturePart } from '../../../src/content/call/call-feature-part';
import { OnDemandCallFeature } from '../../../src/content/call/on-demand-call-feature';
import { findDock } from '../../../src/content/injected-part-dock';
import { InjectedPartLoader, type InjectScript } from '../../../src/content/injected-part-loader';
import type { JudgedFound } from '../../../src/content/item-scanner';
import { PageSession } from '../../../src/content/page-session';
import '../extension-globals';

/** What the call script's feature was given, in order. */
type Call = ['handle', Element[]] | ['messagesSeen', string[]];

let session: PageSession;
let inject: ReturnType<typeof vi.fn<InjectScript>>;
/** Answers the pending injection, as the worker does once the script ran. */
let answerInjection: (injected: boolean) => void;
let calls: Call[];

const recordingFeature = (): CallFeaturePart => ({
  handle: (roots) => calls.push(['handle', roots]),
  messagesSeen: (messages) => calls.push(['messagesSeen', messages.map((m) => m.id)]),
});

/** The stand-in as start-page.ts makes it: loading the call part through the worker. */
function onDemandCall(): OnDemandCallFeature {
  const loader = new InjectedPartLoader(session, 'call', inject);
  return new OnDemandCallFeature(() => loader.load());
}

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

/** What the worker's injection does: the call script runs and registers, then the worker answers. */
async function injectCallScript(create: () => CallFeaturePart = recordingFeature): Promise<void> {
  findDock('call')?.register(create);
  answerInjection(true);
  await settled();
}

/** Lets the loader's promise and the hand-over run. */
const settled = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  document.body.innerHTML = '';
  history.replaceState(null, '', '/feed/');
  session = new PageSession();
  inject = vi.fn<InjectScript>(() => new Promise((resolve) => (answerInjection = resolve)));
  calls = [];
});
afterEach(() => session.stop());

describe('OnDemandCallFeature', () => {
  test('a page without a composer or messages never asks for the call script', () => {
    const call = onDemandCall();
    call.start();
    call.handle([added(POST), added('<aside><p>People you may know</p></aside>')]);
    call.handle([document.body]);
    expect(inject).not.toHaveBeenCalled();
  });

  test('a composer in an added subtree, or around it, asks once per document, however many follow', () => {
    const call = onDemandCall();
    const form = added(COMPOSER);
    call.handle([form.querySelector('[contenteditable]')!]);
    call.handle([added(COMPOSER)]);
    call.messagesSeen(scan('m1'));
    expect(inject).toHaveBeenCalledTimes(1);
  });

  test('a form inside a post or message is not a composer', () => {
    const call = onDemandCall();
    const post = added(`<div role="article" data-urn="urn:li:activity:2"><div class="inner">${COMPOSER}</div></div>`);
    call.handle([post.querySelector('.inner')!]);
    expect(inject).not.toHaveBeenCalled();
  });

  test('messages the page shows ask for it too: a messaging surface needs the thread counts', () => {
    const call = onDemandCall();
    call.messagesSeen(scan('m1'));
    expect(inject).toHaveBeenCalledTimes(1);
  });

  test('a thread opened from the popup with the draft hash asks at start, before anything is added', () => {
    history.replaceState(null, '', '/messaging/thread/2-abc/#not-so-social-call');
    onDemandCall().start();
    expect(inject).toHaveBeenCalledTimes(1);
  });

  test('what came before the script registered is handed over in page order, roots first; then each call is forwarded', async () => {
    const call = onDemandCall();
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
    expect(inject).toHaveBeenCalledWith('call');

    await injectCallScript();
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

  test('when the worker cannot inject, nothing more is kept or asked for', async () => {
    const call = onDemandCall();
    call.messagesSeen(scan('m1'));
    call.handle([added(COMPOSER)]);
    answerInjection(false);
    await settled();
    call.messagesSeen(scan('m2'));
    call.handle([added(COMPOSER)]);
    findDock('call')?.register(recordingFeature);
    await settled();
    expect(inject).toHaveBeenCalledTimes(1);
    expect(calls).toEqual([]);
  });

  test('a stopped page visit (the extension reloaded) hands nothing to a script that registers late', async () => {
    const call = onDemandCall();
    call.messagesSeen(scan('m1'));
    const dock = findDock('call');
    session.stop();
    dock?.register(recordingFeature);
    answerInjection(true);
    await settled();
    expect(calls).toEqual([]);
  });

  test('the call script\'s entry registers the real call feature through the dock, in the core\'s session', async () => {
    const call = onDemandCall();
    const form = added(COMPOSER);
    call.handle([form]);
    vi.resetModules();
    await import('../../../src/content/call/call-entry');
    answerInjection(true);
    await settled();
    // Handed the buffered composer, the real feature put its row beside it.
    expect(form.querySelector('not-so-social-call')).not.toBeNull();
    call.handle([added(COMPOSER)]);
    expect(document.querySelectorAll('not-so-social-call')).toHaveLength(2);
  });
});
