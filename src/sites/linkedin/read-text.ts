// Reading what a reader sees in a piece of LinkedIn markup, cheaply: one TreeWalker pass that skips
// controls ("see more"), screen-reader copies and icons whole (TEXT_NOISE), never innerText (it forces
// layout, and happy-dom has none), never a clone. Line breaks (<br>, paragraphs) survive as "\n" so
// line-based signals still work, and the @-mentions are collected in the same pass.
import type { Person } from '../../detect/types';
import { profilePath } from './profile-path';
import { MENTION_LINK, TEXT_NOISE } from './selectors';

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
// NodeFilter's constants, spelled out: the command-line scanner has no NodeFilter global.
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
const FILTER_ACCEPT = 1;
const FILTER_REJECT = 2;

export interface TextReading {
  text: string;
  /** Every @-mention link in the text, in order, repeats kept. */
  mentions: Person[];
}

/** A block boundary ends the line once: adjacent blocks must not add up to a blank line. */
function breakLine(out: string[]): void {
  for (let i = out.length - 1; i >= 0; i -= 1) {
    const chunk = out[i] ?? '';
    if (chunk.endsWith('\n')) return;
    if (chunk.trim() !== '') break;
  }
  out.push('\n');
}

// Line breaks are most of the elements in a long post and are never noise: no selector match for them.
const skipNoise = {
  acceptNode: (node: Node): number =>
    node.nodeType === ELEMENT_NODE && (node as Element).tagName !== 'BR' && (node as Element).matches(TEXT_NOISE) ? FILTER_REJECT : FILTER_ACCEPT,
};

/** An element the walk is inside of, with where its text starts in the output. */
interface Open {
  element: Element;
  start: number;
}

function leave(open: Open, out: string[], mentions: Person[] | undefined): void {
  const { element } = open;
  if (BLOCK_TAGS.has(element.tagName)) breakLine(out);
  if (mentions && element.tagName === 'A' && element.matches(MENTION_LINK)) {
    const profileUrl = profilePath(element.getAttribute('href'));
    const name = normaliseText(out.slice(open.start).join('')).replace(/\s+/g, ' ');
    if (profileUrl && name) mentions.push({ name, profileUrl });
  }
}

function walk(root: Element, mentions: Person[] | undefined): string {
  const out: string[] = [];
  const path: Open[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_ELEMENT_AND_TEXT, skipNoise);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // The walk is in document order, so the elements still open are exactly the node's ancestors.
    while (path.length > 0 && path[path.length - 1]?.element !== node.parentNode) leave(path.pop() as Open, out, mentions);
    if (node.nodeType === TEXT_NODE) {
      out.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
    } else if ((node as Element).tagName === 'BR') {
      out.push('\n');
    } else {
      const element = node as Element;
      if (BLOCK_TAGS.has(element.tagName)) breakLine(out);
      path.push({ element, start: out.length });
    }
  }
  while (path.length > 0) leave(path.pop() as Open, out, mentions);
  return normaliseText(out.join(''));
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

/** The text of a post, comment, message or note and the people it mentions, in one pass. */
export function readText(element: Element): TextReading {
  const mentions: Person[] = [];
  return { text: walk(element, mentions), mentions };
}

/** The visible text of an element, whitespace normalised, without UI controls or screen-reader copies. */
export function visibleText(element: Element): string {
  return walk(element, undefined);
}

/** A single-line label such as a name: the visible text with every line break made a space. */
export function visibleLine(element: Element): string {
  return visibleText(element).replace(/\s+/g, ' ');
}
