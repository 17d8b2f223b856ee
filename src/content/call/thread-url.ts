// LinkedIn addresses a conversation as /messaging/thread/2-<base64 of the conversation id>/, and the same
// id is in every message urn, so a thread's address can be written from a docked chat window too and
// read back from the full messaging page's URL.
const THREAD_PATH = /^\/messaging\/thread\/2-([A-Za-z0-9+/]+?={0,2})\/?$/;

export function threadUrlFor(conversation: string): string {
  return `https://www.linkedin.com/messaging/thread/2-${btoa(conversation)}/`;
}

/** The conversation id of a /messaging/thread/… path; undefined for any other path. */
export function conversationFromPath(path: string): string | undefined {
  const encoded = THREAD_PATH.exec(path)?.[1];
  if (!encoded) return undefined;
  try {
    return atob(encoded) || undefined;
  } catch {
    return undefined;
  }
}
