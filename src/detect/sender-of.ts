// Whom a received text counts as from, for "the same text from several senders": the extension's worker
// and the scanner key their fingerprints alike.
import type { Item } from './types';

/**
 * Who sent a received message or invitation note, as the page read them: the display name, else the
 * profile path. The name comes first because LinkedIn links one person by two paths (`/in/ACoAA…` in
 * messaging, the vanity slug elsewhere): keyed by path, one message seen on both would count as sent by
 * two people, which alone flags it. Two people who share a name count as one, so a template they both
 * sent is caught one sender later. Undefined for what the user sent, for posts and comments, and when
 * the sender is unknown.
 */
export function senderOf(item: Item): string | undefined {
  if ((item.kind !== 'message' && item.kind !== 'invite') || item.direction !== 'in') return undefined;
  const name = item.author?.name.replace(/\s+/g, ' ').trim().toLowerCase();
  return name || item.author?.profileUrl || undefined;
}

/**
 * Whether two received texts came in the same known conversation: people repeating each other's words
 * there (a group's "congratulations!", a quote) are no template sent to many, so they never count as
 * other senders of it.
 */
export function sameThread(a: { thread?: string }, b: { thread?: string }): boolean {
  return a.thread !== undefined && a.thread === b.thread;
}
