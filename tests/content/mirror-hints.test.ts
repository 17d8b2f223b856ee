// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import './extension-globals';
import { commentDraftHint, countDraftMentions, messageDraftHint } from '../../src/content/draft-hints';
import { DRAFT_PAUSE_MS, watchDrafts } from '../../src/content/mirror-hints';
import { PageSession } from '../../src/content/page-session';

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

  test('an unfilled placeholder in a message draft is quoted back', () => {
    expect(messageDraftHint('Hi {first_name}, loved your post on pricing.')).toBe(
      'This draft still has an unfilled placeholder ({first_name}) — fill it in before sending?',
    );
    expect(messageDraftHint('Hello [Name], quick question')).toContain('([Name])');
  });

  test('a stock template opener earns a hint; a personal message and an empty draft do not', () => {
    expect(messageDraftHint('I hope this message finds you well. I came across your profile and wanted to connect.')).toMatch(/opens like a template/);
    expect(messageDraftHint('Thanks for yesterday, Ana. Shall we finish the budget sheet on Friday?')).toBeNull();
    expect(messageDraftHint('   ')).toBeNull();
  });
});

describe('watchDrafts', () => {
  let session: PageSession;

  beforeEach(() => {
    vi.useFakeTimers();
    document.body.innerHTML = `
      <form class="msg-form"><div contenteditable="true" role="textbox" id="composer"></div><button>Send</button></form>
      <form class="comments-comment-box__form"><div class="ql-editor" contenteditable="true" role="textbox" id="comment"></div></form>`;
    session = new PageSession();
    watchDrafts(session);
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

  test('shows the placeholder hint under the message form after a pause in typing, and clears it when fixed', () => {
    type('composer', 'Hi {first_name}, ');
    vi.advanceTimersByTime(DRAFT_PAUSE_MS - 50);
    expect(document.querySelector('not-so-social-hint')).toBeNull();
    vi.advanceTimersByTime(100);
    const status = hintAfter('.msg-form')!;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toContain('{first_name}');
    type('composer', 'Hi Ana, ');
    vi.advanceTimersByTime(DRAFT_PAUSE_MS + 10);
    expect(status.textContent).toBe('');
    expect(document.querySelectorAll('not-so-social-hint')).toHaveLength(1);
  });

  test('shows the tagging hint under the comment box once three people are tagged', () => {
    type('comment', `<p>${mention('urn:1', 'Ana')} ${mention('urn:2', 'Bo')}</p>`);
    vi.advanceTimersByTime(DRAFT_PAUSE_MS + 10);
    expect(document.querySelector('not-so-social-hint')).toBeNull();
    type('comment', `<p>${mention('urn:1', 'Ana')} ${mention('urn:2', 'Bo')} ${mention('urn:3', 'Cy')}</p>`);
    vi.advanceTimersByTime(DRAFT_PAUSE_MS + 10);
    expect(hintAfter('.comments-comment-box__form')!.textContent).toMatch(/^Tagging 3 people/);
  });

  test('reads a draft once per pause, not once per keystroke', () => {
    const read = vi.spyOn(Element.prototype, 'matches');
    for (let i = 0; i < 20; i++) {
      type('composer', `Hi {first_name} ${i}`);
      vi.advanceTimersByTime(50);
    }
    const beforePause = read.mock.calls.length;
    vi.advanceTimersByTime(DRAFT_PAUSE_MS);
    expect(read.mock.calls.length - beforePause).toBe(1);
    read.mockRestore();
  });
});
