// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { insertDraft } from '../../../src/content/call/insert-draft';
import { placeDraft } from '../../../src/content/call/place-draft';

/** LinkedIn's composer as saved in tests/fixtures/linkedin-messaging-thread-2026-05.html. */
function composer(inner = '<p><br></p>'): HTMLElement {
  document.body.innerHTML = `<form class="msg-form"><div class="msg-form__contenteditable" contenteditable="true" role="textbox">${inner}</div><button type="submit">Send</button></form>`;
  return document.querySelector<HTMLElement>('[contenteditable]')!;
}

function recordInputs(editor: HTMLElement): InputEvent[] {
  const events: InputEvent[] = [];
  editor.addEventListener('beforeinput', (event) => events.push(event as InputEvent));
  editor.addEventListener('input', (event) => events.push(event as InputEvent));
  return events;
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('insertDraft without execCommand (synthesised typing)', () => {
  test('fills an empty composer, replacing the placeholder line break, and fires beforeinput then input', () => {
    const editor = composer();
    const events = recordInputs(editor);
    expect(insertDraft(editor, 'Hi Casey, a call?')).toBe(true);
    expect(editor.innerHTML).toBe('<p>Hi Casey, a call?</p>');
    expect(events.map((e) => `${e.type}:${e.inputType}:${e.data}`)).toEqual([
      'beforeinput:insertText:Hi Casey, a call?',
      'input:insertText:Hi Casey, a call?',
    ]);
    expect(events.every((e) => e.bubbles)).toBe(true);
  });

  test('keeps the user\'s draft and puts the call draft on a new line below it', () => {
    const editor = composer('<p>Thanks for the notes.</p>');
    const events = recordInputs(editor);
    expect(insertDraft(editor, 'Hi Casey, a call?')).toBe(true);
    expect(editor.innerHTML).toBe('<p>Thanks for the notes.</p><p>Hi Casey, a call?</p>');
    expect(events.filter((e) => e.type === 'input').map((e) => e.inputType)).toEqual(['insertParagraph', 'insertText']);
  });

  test('leaves the caret after the draft and the composer focused', () => {
    const editor = composer('<p>Before</p>');
    insertDraft(editor, 'Draft');
    const selection = document.getSelection()!;
    expect(document.activeElement).toBe(editor);
    expect(selection.isCollapsed).toBe(true);
    expect(selection.anchorNode?.textContent).toBe('Draft');
    expect(selection.anchorOffset).toBe('Draft'.length);
  });

  test('writes each line of a multi-line template as its own paragraph', () => {
    const editor = composer();
    insertDraft(editor, 'Hi Casey,\nshall we talk?');
    expect(editor.innerHTML).toBe('<p>Hi Casey,</p><p>shall we talk?</p>');
  });

  test('an editor that handles beforeinput itself (cancels it) is left to do the edit', () => {
    const editor = composer();
    editor.addEventListener('beforeinput', (event) => event.preventDefault());
    expect(insertDraft(editor, 'Draft')).toBe(false);
    expect(editor.innerHTML).toBe('<p><br></p>');
  });

  test('never submits the form', () => {
    const editor = composer('<p>Hello</p>');
    const submitted = vi.fn((event: Event) => event.preventDefault());
    document.querySelector('form')!.addEventListener('submit', submitted);
    insertDraft(editor, 'Draft');
    expect(submitted).not.toHaveBeenCalled();
  });
});

describe('insertDraft with execCommand', () => {
  test('types through execCommand when the browser supports it, without synthesising events', () => {
    const editor = composer('<p>Hello</p>');
    const commands: string[] = [];
    // happy-dom has no execCommand; this stands in for Chromium's, which types and fires the events itself.
    Object.defineProperty(document, 'execCommand', {
      configurable: true,
      value: (command: string, _ui?: boolean, value?: string) => {
        commands.push(value === undefined ? command : `${command}:${value}`);
        if (command === 'insertText') editor.append(value ?? '');
        return true;
      },
    });
    const events = recordInputs(editor);
    try {
      expect(insertDraft(editor, 'Draft')).toBe(true);
    } finally {
      Reflect.deleteProperty(document, 'execCommand');
    }
    expect(commands).toEqual(['insertParagraph', 'insertText:Draft']);
    expect(events).toEqual([]);
  });
});

describe('placeDraft', () => {
  test('puts the draft in the composer when there is one', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    expect(await placeDraft(composer(), 'Draft')).toBe('inserted');
    expect(writeText).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });

  test('copies the draft to the clipboard when no composer is found', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    expect(await placeDraft(null, 'Hi Casey, a call?')).toBe('copied');
    expect(writeText).toHaveBeenCalledWith('Hi Casey, a call?');
    vi.unstubAllGlobals();
  });

  test('copies when the composer has left the page', async () => {
    const editor = composer();
    editor.remove();
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    expect(await placeDraft(editor, 'Draft')).toBe('copied');
    vi.unstubAllGlobals();
  });

  test('says it failed when the clipboard refuses too', async () => {
    vi.stubGlobal('navigator', { clipboard: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) } });
    expect(await placeDraft(null, 'Draft')).toBe('failed');
    vi.unstubAllGlobals();
  });
});
