// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import './extension-globals';
import { draftSignals } from '../../src/background/draft-signals';
import type { DraftSignals } from '../../src/messages';
import { commentDraftHint, countDraftMentions, messageDraftHint } from '../../src/content/draft-hints';
import { InjectedPartLoader } from '../../src/content/injected-part-loader';
import { DRAFT_PAUSE_MS, MirrorHints } from '../../src/content/mirror-hints';
import { watchDrafts } from '../../src/content/watch-drafts';
import { PageSession } from '../../src/content/page-session';

/** The worker's answer, in process, with each draft it was asked about recorded. */
const asked: string[] = [];
const check = async (text: string): Promise<DraftSignals> => {
  asked.push(text);
  return draftSignals(text);
};

const mention = (urn: string, name: string): string => `<a class="ql-mention" data-entity-urn="${urn}">${name}</a>`;

describe('draft hints', () => {
  test('counts distinct people mentioned in a comment draft, in both editors', () => {
    const editor = document.createElement('div');
    editor.innerHTML = `<p>${mention('urn:1', 'Ana')} ${mention('urn:2', 'Bo')} ${mention('urn:1', 'Ana')} <span data-type="mention" data-id="urn:3">Cy</span></p>`;
    expect(countDraftMentions(editor)).toBe(3);
  });

  test('three tags or more in a comment earn the hint, two do not', () => {
    const editor = document.createElement('div');
    editor.innerHTML = `<p>${mention('urn:1', 'Ana')} ${mention('urn:2', 'Bo')} great point</p>`;
    expect(commentDraftHint(editor)).toBeNull();
    editor.innerHTML += `<p>${mention('urn:3', 'Cy')} ${mention('urn:4', 'Di')} ${mention('urn:5', 'Ed')}</p>`;
    expect(commentDraftHint(editor)).toBe("Tagging 5 people pushes this into their feeds — message the one who'd care?");
  });

  test('an unfilled placeholder in a message draft is quoted back', async () => {
    expect(await messageDraftHint('Hi {first_name}, loved your post on pricing.', check)).toBe(
      'This draft still has an unfilled placeholder ({first_name}) — fill it in before sending?',
    );
    expect(await messageDraftHint('Hello [Name], quick question', check)).toContain('([Name])');
  });

  test('a placeholder wins over a stock opener: it is the surer sign', async () => {
    expect(await messageDraftHint('I hope this message finds you well, {first_name}.', check)).toContain('({first_name})');
  });

  test('a stock template opener earns a hint; a personal message and an empty draft do not, and an empty one is not sent to the worker', async () => {
    asked.length = 0;
    const opener = 'I hope this message finds you well. I came across your profile and wanted to connect.';
    expect(await messageDraftHint(opener, check)).toMatch(/opens like a template/);
    expect(await messageDraftHint('Thanks for yesterday, Ana. Shall we finish the budget sheet on Friday?', check)).toBeNull();
    expect(await messageDraftHint('   ', check)).toBeNull();
    expect(asked).toEqual([opener, 'Thanks for yesterday, Ana. Shall we finish the budget sheet on Friday?']);
  });

  test('no hint when the worker cannot answer', async () => {
    expect(await messageDraftHint('Hi {first_name}', async () => null)).toBeNull();
  });
});

/** The mirror hints part, as its script creates it, already there when the first edit wakes it. */
function mirror(session: PageSession, draftCheck = check): () => Promise<MirrorHints> {
  const part = new MirrorHints(session, draftCheck);
  return async () => part;
}

describe('mirror hints, woken by watchDrafts', () => {
  let session: PageSession;

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = `
      <form class="msg-form"><div contenteditable="true" role="textbox" id="composer"></div><button>Send</button></form>
      <form class="comments-comment-box__form"><div class="ql-editor" contenteditable="true" role="textbox" id="comment"></div></form>`;
    session = new PageSession();
    watchDrafts(session, mirror(session));
  });

  afterEach(() => {
    session.stop();
    vi.useRealTimers();
  });

  function type(id: string, html: string): void {
    const editor = document.getElementById(id)!;
    editor.innerHTML = html;
    editor.dispatchEvent(new Event('input', { bubbles: true }));
  }

  const hintAfter = (selector: string): Element | null | undefined =>
    document.querySelector(selector)!.nextElementSibling?.shadowRoot?.querySelector('[role="status"]');

  test('shows the placeholder hint under the message form after a pause in typing, and clears it when fixed', async () => {
    type('composer', 'Hi {first_name}, ');
    await vi.advanceTimersByTimeAsync(DRAFT_PAUSE_MS - 50);
    expect(document.querySelector('not-so-social-hint')).toBeNull();
    await vi.advanceTimersByTimeAsync(100);
    const status = hintAfter('.msg-form')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toContain('{first_name}');
    type('composer', 'Hi Ana, ');
    await vi.advanceTimersByTimeAsync(DRAFT_PAUSE_MS + 10);
    expect(status.textContent).toBe('');
    expect(document.querySelectorAll('not-so-social-hint')).toHaveLength(1);
  });

  test('shows the tagging hint under the comment box once three people are tagged', async () => {
    type('comment', `<p>${mention('urn:1', 'Ana')} ${mention('urn:2', 'Bo')}</p>`);
    await vi.advanceTimersByTimeAsync(DRAFT_PAUSE_MS + 10);
    expect(document.querySelector('not-so-social-hint')).toBeNull();
    type('comment', `<p>${mention('urn:1', 'Ana')} ${mention('urn:2', 'Bo')} ${mention('urn:3', 'Cy')}</p>`);
    await vi.advanceTimersByTimeAsync(DRAFT_PAUSE_MS + 10);
    expect(hintAfter('.comments-comment-box__form')!.textContent).toMatch(/^Tagging 3 people/);
  });

  test('a stock opener in the composer shows its hint once the worker has answered', async () => {
    type('composer', 'I hope this message finds you well. I came across your profile and wanted to connect.');
    await vi.advanceTimersByTimeAsync(DRAFT_PAUSE_MS + 10);
    expect(hintAfter('.msg-form')!.textContent).toMatch(/opens like a template/);
  });

  test('an answer about text the user has typed on from is not shown', async () => {
    let answer: (signals: DraftSignals) => void = () => undefined;
    session.stop();
    session = new PageSession();
    watchDrafts(session, mirror(session, () => new Promise((resolve) => (answer = resolve))));
    type('composer', 'I hope this message finds you well.');
    await vi.advanceTimersByTimeAsync(DRAFT_PAUSE_MS + 10);
    document.getElementById('composer')!.textContent = 'I hope this message finds you well, Ana. About Friday:';
    answer({ placeholder: null, stockOpener: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(document.querySelector('not-so-social-hint')).toBeNull();
  });

  test('reads a draft once per pause, not once per keystroke', async () => {
    const read = vi.spyOn(Element.prototype, 'matches');
    for (let i = 0; i < 20; i++) {
      type('composer', `Hi {first_name} ${i}`);
      await vi.advanceTimersByTimeAsync(50);
    }
    const beforePause = read.mock.calls.length;
    await vi.advanceTimersByTimeAsync(DRAFT_PAUSE_MS);
    expect(read.mock.calls.length - beforePause).toBe(1);
    read.mockRestore();
  });
});

describe('watchDrafts, in the content script every page gets', () => {
  let session: PageSession;
  beforeEach(() => {
    document.body.innerHTML = `
      <form class="msg-form"><div contenteditable="true" role="textbox" id="composer"></div></form>
      <form class="comments-comment-box__form"><div class="ql-editor" contenteditable="true" role="textbox" id="comment"></div></form>
      <div contenteditable="true" role="textbox" id="post"></div>
      <input id="search">`;
    session = new PageSession();
  });
  afterEach(() => session.stop());

  const edit = (id: string): void => void document.getElementById(id)!.dispatchEvent(new Event('input', { bubbles: true }));

  test('loads the mirror hints on the first edit of anything editable, not for form fields, and hands each edit over', async () => {
    const edited = vi.fn();
    const load = vi.fn(async () => ({ edited }));
    watchDrafts(session, load);
    edit('search');
    expect(load).not.toHaveBeenCalled();
    edit('composer');
    edit('composer');
    await vi.waitFor(() => expect(edited).toHaveBeenCalledTimes(2));
    expect(edited).toHaveBeenCalledWith(document.getElementById('composer'));
  });

  test('the mirror hints read comment boxes and composers only: a post being written gets no hint', async () => {
    vi.useFakeTimers();
    const asking = vi.fn(check);
    const part = new MirrorHints(session, asking);
    const post = document.getElementById('post')!;
    post.innerHTML = `<p>${mention('urn:1', 'Ana')} ${mention('urn:2', 'Bo')} ${mention('urn:3', 'Cy')} Hi {first_name}</p>`;
    part.edited(post);
    await vi.advanceTimersByTimeAsync(DRAFT_PAUSE_MS + 10);
    expect(asking).not.toHaveBeenCalled();
    expect(document.querySelector('not-so-social-hint')).toBeNull();
    vi.useRealTimers();
  });

  test('nothing is shown, and nothing throws, when the mirror hints could not be injected', async () => {
    const load = vi.fn(async () => undefined);
    watchDrafts(session, load);
    edit('composer');
    await vi.waitFor(() => expect(load).toHaveBeenCalled());
    expect(document.querySelector('not-so-social-hint')).toBeNull();
  });

  test('the mirror hints\' injected entry registers the real part through its dock', async () => {
    const loader = new InjectedPartLoader(session, 'mirror-hints', async () => {
      vi.resetModules();
      await import('../../src/content/mirror-hints-entry');
      return true;
    });
    watchDrafts(session, () => loader.load());
    document.getElementById('comment')!.innerHTML = `<p>${mention('urn:1', 'Ana')} ${mention('urn:2', 'Bo')} ${mention('urn:3', 'Cy')}</p>`;
    edit('comment');
    await vi.waitFor(() => expect(document.querySelector('not-so-social-hint')?.shadowRoot?.textContent).toMatch(/^Tagging 3 people/), { timeout: 2000 });
  });
});
