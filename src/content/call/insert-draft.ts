// Puts the call draft into LinkedIn's contenteditable composer the way typing would: LinkedIn's editor
// keeps its own model of the text and only updates it (and wakes its Send button) from beforeinput and
// input events, so setting textContent would show text that LinkedIn then ignores or wipes.

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

interface Position {
  node: Node;
  offset: number;
}

const isLineBreak = (node: Node): boolean => node.nodeType === ELEMENT_NODE && (node as Element).tagName === 'BR';

/**
 * Where the next typed character would go at the end of the editor: after the last text, inside the
 * last paragraph, and before the trailing <br> that editors keep only to hold an empty line open.
 */
function endOfText(editor: HTMLElement): Position {
  let container: Node = editor;
  for (;;) {
    const children = [...container.childNodes];
    let index = children.length;
    while (index > 0 && isLineBreak(children[index - 1] as Node)) index -= 1;
    const last = children[index - 1];
    if (last?.nodeType === TEXT_NODE) return { node: last, offset: (last as Text).length };
    if (last?.nodeType !== ELEMENT_NODE) return { node: container, offset: index };
    container = last;
  }
}

/** Whether the line the caret sits on holds text: then the draft starts on a new line below it. */
function lineHasText(position: Position): boolean {
  return (position.node.textContent ?? '').trim() !== '';
}

function placeCaret(editor: HTMLElement, position: Position): Selection | null {
  const selection = editor.ownerDocument.getSelection();
  if (!selection) return null;
  const range = editor.ownerDocument.createRange();
  range.setStart(position.node, position.offset);
  range.collapse(true);
  selection.removeAllRanges();
  selection.addRange(range);
  return selection;
}

function execute(editor: HTMLElement, command: 'insertText' | 'insertParagraph', text?: string): boolean {
  const doc = editor.ownerDocument;
  // Deprecated on paper, but still the only way to have the browser edit a contenteditable as typing
  // does, with trusted input events that LinkedIn's editor follows; Chromium and Firefox both keep it for
  // exactly this use. (Chromium fires no beforeinput for it, only input.)
  if (typeof doc.execCommand !== 'function') return false;
  try {
    return doc.execCommand(command, false, text);
  } catch {
    return false;
  }
}

/** The paragraph (direct child of the editor) the caret is in, if the editor writes lines as blocks. */
function blockAt(editor: HTMLElement, node: Node): HTMLElement | null {
  let current: Node | null = node;
  while (current && current.parentNode !== editor) current = current.parentNode;
  return current && current.nodeType === ELEMENT_NODE && !isLineBreak(current) ? (current as HTMLElement) : null;
}

/**
 * What a browser without execCommand does on typing, done by hand: announce the edit with a cancelable
 * beforeinput (an editor that handles it itself cancels it), change the DOM, then report it with input.
 */
function typeBySynthesis(editor: HTMLElement, inputType: 'insertText' | 'insertParagraph', text: string | null): void {
  const doc = editor.ownerDocument;
  const view = doc.defaultView;
  if (!view) return;
  const init = { inputType, data: text, bubbles: true, composed: true };
  if (!editor.dispatchEvent(new view.InputEvent('beforeinput', { ...init, cancelable: true }))) return;

  const selection = doc.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  const at: Position = range ? { node: range.startContainer, offset: range.startOffset } : endOfText(editor);
  const block = blockAt(editor, at.node);
  let caret: Position;
  if (inputType === 'insertParagraph') {
    const line = doc.createElement(block?.tagName.toLowerCase() ?? 'p');
    line.append(doc.createElement('br'));
    if (block) block.after(line);
    else editor.append(line);
    caret = { node: line, offset: 0 };
  } else {
    const written = doc.createTextNode(text ?? '');
    // An empty line's placeholder <br> goes once the line has text, as in a real editor.
    if (block && block.textContent === '' && block.childNodes.length === 1 && block.firstChild && isLineBreak(block.firstChild)) {
      block.replaceChildren(written);
    } else {
      const insertion = doc.createRange();
      insertion.setStart(at.node, at.offset);
      insertion.insertNode(written);
    }
    caret = { node: written, offset: written.length };
  }
  placeCaret(editor, caret);
  editor.dispatchEvent(new view.InputEvent('input', init));
}

function typeText(editor: HTMLElement, text: string): void {
  if (!execute(editor, 'insertText', text)) typeBySynthesis(editor, 'insertText', text);
}

function typeNewLine(editor: HTMLElement): void {
  if (!execute(editor, 'insertParagraph')) typeBySynthesis(editor, 'insertParagraph', null);
}

/**
 * Types `draft` at the end of the composer, below whatever the user had written, and leaves the caret
 * after it. Never submits. True when the draft is in the composer afterwards.
 */
export function insertDraft(editor: HTMLElement, draft: string): boolean {
  editor.focus();
  const end = endOfText(editor);
  if (!placeCaret(editor, end)) return false;
  if (lineHasText(end)) typeNewLine(editor);
  draft.split('\n').forEach((line, index) => {
    if (index > 0) typeNewLine(editor);
    if (line !== '') typeText(editor, line);
  });
  const lastLine = draft.split('\n').filter((line) => line.trim() !== '').at(-1) ?? '';
  return (editor.textContent ?? '').includes(lastLine.trim());
}
