// Reading what a reader sees in a piece of LinkedIn markup, cheaply: no innerText (it forces layout, and
// happy-dom has none) and no computed style. Controls ("see more"), screen-reader copies and icons are
// skipped by selector; line breaks (<br>, paragraphs) survive as "\n" so line-based signals still work.
import { TEXT_NOISE } from './selectors';

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** A block boundary ends the line once: adjacent blocks must not add up to a blank line. */
function breakLine(out: string[]): void {
  for (let i = out.length - 1; i >= 0; i -= 1) {
    const chunk = out[i] ?? '';
    if (chunk.endsWith('\n')) return;
    if (chunk.trim() !== '') break;
  }
  out.push('\n');
}

function collect(node: Node, out: string[]): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      out.push((child.nodeValue ?? '').replace(/\s+/g, ' '));
    } else if (child.nodeType === ELEMENT_NODE) {
      const element = child as Element;
      if (element.tagName === 'BR') {
        out.push('\n');
      } else if (!element.matches(TEXT_NOISE)) {
        const block = BLOCK_TAGS.has(element.tagName);
        if (block) breakLine(out);
        collect(element, out);
        if (block) breakLine(out);
      }
    }
  }
}

/** Lines trimmed, spaces collapsed, at most one empty line in a row, no leading or trailing blank. */
export function normaliseText(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The visible text of an element, whitespace normalised, without UI controls or screen-reader copies. */
export function visibleText(element: Element): string {
  const out: string[] = [];
  collect(element, out);
  return normaliseText(out.join(''));
}

/** A single-line label such as a name: the visible text with every line break made a space. */
export function visibleLine(element: Element): string {
  return visibleText(element).replace(/\s+/g, ' ');
}
