// Which LinkedIn page a URL is, so features say where they run. Paths only: LinkedIn's paths are the
// same in every UI language.
const LINKEDIN_HOST = /(^|\.)linkedin\.com$/;

function linkedInPath(url: string | URL): string | undefined {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || !LINKEDIN_HOST.test(parsed.hostname)) return undefined;
  return parsed.pathname;
}

export function isLinkedIn(url: string | URL): boolean {
  return linkedInPath(url) !== undefined;
}

/** The home feed and hashtag feeds: pages that should hold posts. */
export function isFeed(url: string | URL): boolean {
  const path = linkedInPath(url);
  return path !== undefined && (/^\/feed\/?$/.test(path) || /^\/feed\/hashtag\//.test(path));
}

/** One post on its own page: /feed/update/urn:li:activity:…/ or /posts/<slug>-activity-…/. */
export function isPostDetail(url: string | URL): boolean {
  const path = linkedInPath(url);
  return path !== undefined && (/^\/feed\/update\/urn:li:(activity|ugcPost|share):\d+/.test(path) || /^\/posts\/[^/]+/.test(path));
}

/** The messaging page, with or without a thread open. */
export function isMessaging(url: string | URL): boolean {
  const path = linkedInPath(url);
  return path !== undefined && /^\/messaging(\/|$)/.test(path);
}

/** Received invitations (the notes others wrote); the "sent" tab holds the user's own and is excluded. */
export function isInvitationManager(url: string | URL): boolean {
  const path = linkedInPath(url);
  return path !== undefined && /^\/mynetwork\/invitation-manager(\/received)?\/?$/.test(path);
}
