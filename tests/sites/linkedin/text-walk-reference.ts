// The adapter's text reading as it was before it learned to use textContent: a plain walk over every node.
// Kept as the reference that read-text.ts must agree with, on every element of every saved page and on
// generated markup.
import type { Person } from '../../../src/detect/types';
import { profilePath } from '../../../src/sites/linkedin/profile-path';
import { normaliseText } from '../../../src/sites/linkedin/read-text';
import { MENTION_LINK, TEXT_NOISE } from '../../../src/sites/linkedin/selectors';

const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER']);

function breakLine(out: string[]): void {
  for (let i = out.length - 1; i >= 0; i -= 1) {
    const chunk = out[i] ?? '';
    if (chunk.endsWith('\n')) return;
    if (chunk.trim() !== '') break;
  }
  out.push('\n');
}

function collect(parent: Node, out: string[], mentions: Person[], noise: Set<Element>): void {
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === Node.TEXT_NODE) {
      out.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const element = node as Element;
    if (element.tagName === 'BR') {
      out.push('\n');
      continue;
    }
    if (noise.has(element)) continue;
    const block = BLOCK_TAGS.has(element.tagName);
    if (block) breakLine(out);
    const start = out.length;
    collect(element, out, mentions, noise);
    if (block) breakLine(out);
    if (element.tagName === 'A' && element.matches(MENTION_LINK)) {
      const profileUrl = profilePath(element.getAttribute('href'));
      const name = normaliseText(out.slice(start).join('')).replace(/\s+/g, ' ');
      if (profileUrl && name) mentions.push({ name, profileUrl });
    }
  }
}

export function referenceReadText(root: Element): { text: string; mentions: Person[] } {
  const out: string[] = [];
  const mentions: Person[] = [];
  collect(root, out, mentions, new Set(root.querySelectorAll(TEXT_NOISE)));
  return { text: normaliseText(out.join('')), mentions };
}
