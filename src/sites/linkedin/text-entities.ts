// The people and hashtags a text mentions, as the detectors need them.
import type { Person } from '../../detect/types';
import { profilePath } from './profile-path';
import { visibleLine } from './read-text';
import { MENTION_LINK } from './selectors';

// A "#" starts a hashtag only at a word boundary, so "C#" and "&#39;" do not count.
const HASHTAG = /(?:^|[^\p{L}\p{N}_&])#([\p{L}\p{N}_]+)/gu;

/** Every @-mention link in the text, in order, repeats kept. */
export function mentionsIn(text: Element): Person[] {
  const people: Person[] = [];
  for (const link of text.querySelectorAll(MENTION_LINK)) {
    const profileUrl = profilePath(link.getAttribute('href'));
    const name = visibleLine(link);
    if (profileUrl && name) people.push({ name, profileUrl });
  }
  return people;
}

/** Hashtags in the text without the "#", first spelling kept, each once. */
export function hashtagsIn(text: string): string[] {
  const seen = new Map<string, string>();
  for (const match of text.matchAll(HASHTAG)) {
    const tag = match[1];
    if (tag && !seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  }
  return [...seen.values()];
}
