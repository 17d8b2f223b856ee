// Reading what a reader sees in a piece of LinkedIn markup, cheaply: controls ("see more"), screen-reader
// copies and icons are skipped whole (TEXT_NOISE), never innerText (it forces layout, and happy-dom has
// none), never a clone. Line breaks (<br>, paragraphs) survive as "\n" so line-based signals still work,
// and the @-mentions are collected in the same pass.
import type { Person } from '../../detect/types';
import { profilePath } from './profile-path';
import { MENTION_LINK, TEXT_NOISE } from './selectors';

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER']);
const LINE_BREAKS = ['BR', ...BLOCK_TAGS].map((tag) => tag.toLowerCase()).join(', ');
/** What can make a text more than its textContent: line breaks and noise, and with mentions their links. */
const MARKS = `${LINE_BREAKS}, ${TEXT_NOISE}`;
const MARKS_AND_MENTIONS = `${MARKS}, ${MENTION_LINK}`;
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export interface TextReading {
  text: string;
  /** Every @-mention link in the text, in order, repeats kept. */
  mentions: Person[];
}

/** Source whitespace (indentation, newlines in the markup) reads as one space. */
const spaced = (text: string): string => text.replace(/\s+/g, ' ');
/** normaliseText of text without line breaks: once spaced, it has nothing left to normalise but its ends. */
const oneLine = (text: string): string => spaced(text).trim();

/** A block boundary ends the line once: adjacent blocks must not add up to a blank line. */
function breakLine(out: string[]): void {
  for (let i = out.length - 1; i >= 0; i -= 1) {
    const chunk = out[i] ?? '';
    if (chunk.endsWith('\n')) return;
    if (chunk.trim() !== '') break;
  }
  out.push('\n');
}

// A recursion over firstChild/nextSibling rather than a TreeWalker: a walker's filter is a call from the
// browser back into script for every node, which made reading text twice as slow on a long feed.
function collect(parent: Node, out: string[], mentions: Person[] | undefined, noise: Set<Element> | undefined): void {
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE) {
      out.push(spaced(node.nodeValue ?? ''));
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as Element;
    const tag = element.tagName;
    if (tag === 'BR') {
      out.push('\n');
      continue;
    }
    if (noise?.has(element)) continue;
    const block = BLOCK_TAGS.has(tag);
    if (block) breakLine(out);
    const start = out.length;
    collect(element, out, mentions, noise);
    if (block) breakLine(out);
    if (mentions && tag === 'A' && element.matches(MENTION_LINK)) mentionAt(element, out.slice(start).join(''), mentions);
  }
}

function mentionAt(link: Element, linkText: string, mentions: Person[]): void {
  const profileUrl = profilePath(link.getAttribute('href'));
  const name = normaliseText(linkText).replace(/\s+/g, ' ');
  if (profileUrl && name) mentions.push({ name, profileUrl });
}

/**
 * Most texts read as their textContent: LinkedIn wraps a comment in one block around all of its text and
 * puts mention links inline. Then the browser joins the text in one call instead of script visiting every
 * text node, comment and wrapper span. undefined when a line break, noise, a block beside other text or
 * anything inside a mention link makes the walk necessary.
 */
function wholeText(root: Element, marks: NodeListOf<Element>, mentions: Person[] | undefined): string | undefined {
  const whole = root.textContent ?? '';
  const links: Element[] = [];
  for (let i = 0; i < marks.length; i += 1) {
    const mark = marks[i] as Element;
    if (mark.tagName === 'BR' || mark.matches(TEXT_NOISE)) return undefined;
    if (BLOCK_TAGS.has(mark.tagName)) {
      // A block holding all of the text breaks lines only before and after it, and those are trimmed.
      if ((mark.textContent ?? '').trim() !== whole.trim()) return undefined;
    } else if (mark.tagName === 'A') {
      if (marks[i + 1] && mark.contains(marks[i + 1] as Element)) return undefined;
      links.push(mark);
    } else {
      return undefined;
    }
  }
  if (mentions) for (const link of links) mentionAt(link, spaced(link.textContent ?? ''), mentions);
  return oneLine(whole);
}

function walk(root: Element, mentions: Person[] | undefined): string {
  // A name or a short text holding no element at all is its textContent, without even a search.
  if (!root.firstElementChild) return oneLine(root.textContent ?? '');
  // One search for everything that could make the reading more than textContent: most texts hold none of it.
  const marks = root.querySelectorAll(mentions ? MARKS_AND_MENTIONS : MARKS);
  const whole = wholeText(root, marks, mentions);
  if (whole !== undefined) return whole;
  const noise = [...marks].filter((mark) => mark.tagName !== 'BR' && mark.matches(TEXT_NOISE));
  const out: string[] = [];
  collect(root, out, mentions, noise.length > 0 ? new Set(noise) : undefined);
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
