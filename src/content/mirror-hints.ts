import { COMMENT_EDITOR, MESSAGE_COMPOSER } from '../sites/linkedin/selectors';
import { commentDraftHint, messageDraftHint, type DraftCheck } from './draft-hints';
import { HINT_CSS } from './hint-styles';
import type { PageSession } from './page-session';
import { createShadowHost, element } from './shadow-host';

/** Typing pauses this long before a draft is read again: cheap, and the hint does not flicker per key. */
export const DRAFT_PAUSE_MS = 400;

interface HintSpot {
  host: HTMLElement;
  line: HTMLElement;
}

/**
 * The mirror on the user's own writing: one delegated input listener for every comment editor and
 * message composer on the page, debounced per editor, and a live line under the editor that says
 * what a recipient would notice before the user presses post or send.
 */
export function watchDrafts(session: PageSession, check: DraftCheck, pauseMs = DRAFT_PAUSE_MS): void {
  const timers = new WeakMap<Element, number>();
  const spots = new WeakMap<Element, HintSpot>();

  const read = async (editor: Element): Promise<void> => {
    const isComposer = editor.matches(MESSAGE_COMPOSER);
    const text = editor.textContent ?? '';
    const hint = isComposer ? await messageDraftHint(text, check) : commentDraftHint(editor);
    // The user kept typing while the worker answered: the next pause reads the draft again.
    if (!session.isAlive() || (isComposer && editor.textContent !== text)) return;
    const spot = spots.get(editor);
    if (hint === null && !spot) return;
    const { line } = spot ?? attachSpot(editor, spots);
    // Replacing the text only when it changes keeps screen readers from announcing it on every pause.
    if (line.textContent !== (hint ?? '')) line.textContent = hint ?? '';
  };

  document.addEventListener(
    'input',
    (event) => {
      const target = event.target;
      if (!(target instanceof Element)) return;
      const editor = target.closest(`${COMMENT_EDITOR}, ${MESSAGE_COMPOSER}`);
      if (!editor) return;
      window.clearTimeout(timers.get(editor));
      timers.set(
        editor,
        window.setTimeout(() => {
          if (session.isAlive()) void read(editor);
        }, pauseMs),
      );
    },
    { capture: true, signal: session.signal },
  );
}

function attachSpot(editor: Element, spots: WeakMap<Element, HintSpot>): HintSpot {
  const { host, root } = createShadowHost('not-so-social-hint', 'hint', HINT_CSS);
  const line = element('div', 'hint');
  line.setAttribute('role', 'status');
  line.setAttribute('aria-live', 'polite');
  root.append(line);
  // Below the whole form, so the hint never moves the editor or the send button under the cursor.
  (editor.closest('form') ?? editor.parentElement ?? editor).after(host);
  const spot = { host, line };
  spots.set(editor, spot);
  return spot;
}
