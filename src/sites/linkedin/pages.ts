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

/**
 * The home feed and hashtag feeds: pages that should hold posts. Since 2026-09 /feed/ redirects to the
 * "For you" tab /feed/foryou/, beside /feed/network/ (reported by a public feed blocker's fix).
 */
export function isFeed(url: string | URL): boolean {
  const path = linkedInPath(url);
  return path !== undefined && (/^\/feed(\/(foryou|network))?\/?$/.test(path) || /^\/feed\/hashtag\//.test(path));
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

const PRELOAD_PATH = /^\/preload\/?$/;

/**
 * The address of the page a document shows. LinkedIn sometimes serves a page inside a document whose
 * path is /preload/ (reported by public extensions), so the canonical link, then the referrer, say
 * which page it is.
 */
export function shownPageUrl(url: string, document: Pick<Document, 'querySelector' | 'referrer'>): string {
  if (!PRELOAD_PATH.test(linkedInPath(url) ?? '')) return url;
  const candidates = [document.querySelector('link[rel="canonical"]')?.getAttribute('href'), document.referrer];
  for (const candidate of candidates) {
    const path = candidate ? linkedInPath(candidate) : undefined;
    if (candidate && path && !PRELOAD_PATH.test(path)) return candidate;
  }
  return url;
}
