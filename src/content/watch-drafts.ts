// The mirror on the user's own writing only matters while the user types in a comment box or message
// composer, so its code is injected on demand (mirror-hints-entry.ts): the content script every LinkedIn
// page gets keeps only this delegated listener, which wakes it on the first edit.
import { COMMENT_EDITOR, MESSAGE_COMPOSER } from '../sites/linkedin/selectors';
import type { MirrorHintsPart } from './mirror-hints';
import type { PageSession } from './page-session';

/** One input listener for every comment editor and message composer on the page, now and later. */
export function watchDrafts(session: PageSession, load: () => Promise<MirrorHintsPart | undefined>): void {
  document.addEventListener(
    'input',
    (event) => {
      const editor = event.target instanceof Element ? event.target.closest(`${COMMENT_EDITOR}, ${MESSAGE_COMPOSER}`) : null;
      if (editor) void load().then((part) => part?.edited(editor));
    },
    { capture: true, signal: session.signal },
  );
}
