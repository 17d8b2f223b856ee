// Reading a person (display name and profile path) from an author link.
import type { Person } from '../../detect/types';
import { profilePath } from './profile-path';
import { visibleLine, visibleText } from './read-text';
import { VISIBLE_NAME } from './selectors';

const TEXT_NODE = 3;

/**
 * The person a link points to. The name comes from `nameElement` when the page has a dedicated one,
 * else from the visible half of a doubled name inside the link, else from the link's first line.
 */
export function personFrom(link: Element | null, nameElement?: Element | null): Person | undefined {
  const profileUrl = link ? profilePath(link.getAttribute('href')) : undefined;
  const name = nameElement ? visibleLine(nameElement) : link ? nameIn(link) : '';
  if (!name && !profileUrl) return undefined;
  return profileUrl ? { name, profileUrl } : { name };
}

/** The text directly inside `element`, not inside its children. */
function ownText(element: Element): string {
  let text = '';
  for (let node = element.firstChild; node; node = node.nextSibling) if (node.nodeType === TEXT_NODE) text += node.nodeValue ?? '';
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * React links also hold empty aria-hidden icons (the "• 3rd+" badge), so an empty visible half is skipped;
 * a React comment nests its "• You" / degree badge inside the visible half (real capture, 2026-07), so the
 * half's own text, when it has some, is the name.
 */
function nameIn(link: Element): string {
  const visibleHalf = link.querySelector(VISIBLE_NAME);
  const name = visibleHalf ? ownText(visibleHalf) || visibleLine(visibleHalf) : '';
  return name || (visibleText(link).split('\n')[0] ?? '');
}

/** LinkedIn links a person up to three times (photo, name, badge); the first of `links` to the same profile with a visible name. */
export function namedTwin(link: Element, links: Iterable<Element>): Element {
  const path = profilePath(link.getAttribute('href'));
  for (const other of links) {
    if (profilePath(other.getAttribute('href')) === path && visibleLine(other) !== '') return other;
  }
  return link;
}
