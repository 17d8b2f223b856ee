// Reading a person (display name and profile path) from an author link.
import type { Person } from '../../detect/types';
import { profilePath } from './profile-path';
import { visibleLine, visibleText } from './read-text';
import { VISIBLE_NAME } from './selectors';

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

/** React links also hold empty aria-hidden icons (the "• 3rd+" badge), so an empty visible half is skipped. */
function nameIn(link: Element): string {
  const visibleHalf = link.querySelector(VISIBLE_NAME);
  const name = visibleHalf ? visibleLine(visibleHalf) : '';
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
