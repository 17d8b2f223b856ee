// People are compared by the path of their profile link, so "/in/ana-ruiz", "/in/ana-ruiz/" and
// "https://www.linkedin.com/in/ana-ruiz?miniProfileUrn=…" are the same person.
const PROFILE_PATH = /^\/(in|company)\/([^/?#]+)/;

/** `/in/slug` or `/company/slug` for a LinkedIn profile or company link, otherwise undefined. */
export function profilePath(href: string | null): string | undefined {
  if (!href) return undefined;
  let url: URL;
  try {
    url = new URL(href, 'https://www.linkedin.com');
  } catch {
    return undefined;
  }
  if (url.hostname !== 'linkedin.com' && !url.hostname.endsWith('.linkedin.com')) return undefined;
  const match = PROFILE_PATH.exec(url.pathname);
  return match ? `/${match[1]}/${match[2]}` : undefined;
}
