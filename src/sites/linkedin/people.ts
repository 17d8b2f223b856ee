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
  const nameSource = nameElement ?? link?.querySelector(VISIBLE_NAME) ?? null;
  const name = nameSource ? visibleLine(nameSource) : link ? (visibleText(link).split('\n')[0] ?? '') : '';
  if (!name && !profileUrl) return undefined;
  return profileUrl ? { name, profileUrl } : { name };
}
