// The mirror on the user's own writing only matters while the user types, so its code is injected on
// demand (mirror-hints-entry.ts): the content script every LinkedIn page gets keeps only this delegated
// listener, which wakes it on the first edit of anything editable. Telling a comment box or message
// composer from the rest (a post being written) is the mirror hints' own work: the selectors that do it
// stay out of this script.
import type { MirrorHintsPart } from './mirror-hints';
import type { PageSession } from './page-session';

/** One input listener for every editable element on the page, now and later. */
export function watchDrafts(session: PageSession, load: () => Promise<MirrorHintsPart | undefined>): void {
  document.addEventListener(
    'input',
    (event) => {
      const target = event.target;
      if (target instanceof HTMLElement && target.isContentEditable) void load().then((part) => part?.edited(target));
    },
    { capture: true, signal: session.signal },
  );
}
