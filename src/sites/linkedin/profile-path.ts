// People are compared by the path of their profile link, so "/in/ana-ruiz", "/in/ana-ruiz/" and
// "https://www.linkedin.com/in/ana-ruiz?miniProfileUrn=…" are the same person. A regular expression
// rather than new URL(): this runs for every author and mention on every scan, and URL parsing was a
// tenth of the scan's time and much of its garbage.
const PROFILE_HREF = /^(?:(?:https?:)?\/\/(?:[a-z0-9-]+\.)*linkedin\.com)?\/(in|company)\/([^/?#]+)/i;

/** `/in/slug` or `/company/slug` for a LinkedIn profile or company link, otherwise undefined. */
export function profilePath(href: string | null): string | undefined {
  const match = href ? PROFILE_HREF.exec(href) : null;
  return match ? `/${match[1]?.toLowerCase()}/${match[2]}` : undefined;
}
