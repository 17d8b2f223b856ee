import { COMMENT_EDITOR, MESSAGE_COMPOSER } from '../sites/linkedin/selectors';
import { commentDraftHint, messageDraftHint, type DraftCheck } from './draft-hints';
import { HINT_CSS } from './hint-styles';
import type { PageSession } from './page-session';
import { createShadowHost, element } from './shadow-host';

/** Typing pauses this long before a draft is read again: cheap, and the hint does not flicker per key. */
export const DRAFT_PAUSE_MS = 400;

/** What the mirror hints' injected script gives the core: each edit of an editable element of the page. */
export interface MirrorHintsPart {
  edited(target: Element): void;
}

interface HintSpot {
  host: HTMLElement;
  line: HTMLElement;
}

/**
 * The mirror on the user's own writing, debounced per editor: a live line under the editor that says
 * what a recipient would notice before the user presses post or send.
 */
export class MirrorHints implements MirrorHintsPart {
  readonly #session: PageSession;
  readonly #check: DraftCheck;
  readonly #pauseMs: number;
  readonly #timers = new WeakMap<Element, number>();
  readonly #spots = new WeakMap<Element, HintSpot>();

  constructor(session: PageSession, check: DraftCheck, pauseMs = DRAFT_PAUSE_MS) {
    this.#session = session;
    this.#check = check;
    this.#pauseMs = pauseMs;
  }

  /** Reads the draft after a pause in typing, if the edit was in a comment box or message composer. */
  edited(target: Element): void {
    const editor = target.closest(`${COMMENT_EDITOR}, ${MESSAGE_COMPOSER}`);
    if (!editor) return;
    window.clearTimeout(this.#timers.get(editor));
    this.#timers.set(
      editor,
      window.setTimeout(() => {
        if (this.#session.isAlive()) void this.#read(editor);
      }, this.#pauseMs),
    );
  }

  async #read(editor: Element): Promise<void> {
    const isComposer = editor.matches(MESSAGE_COMPOSER);
    const text = editor.textContent ?? '';
    const hint = isComposer ? await messageDraftHint(text, this.#check) : commentDraftHint(editor);
    // The user kept typing while the worker answered: the next pause reads the draft again.
    if (!this.#session.isAlive() || (isComposer && editor.textContent !== text)) return;
    const spot = this.#spots.get(editor);
    if (hint === null && !spot) return;
    const { line } = spot ?? this.#attachSpot(editor);
    // Replacing the text only when it changes keeps screen readers from announcing it on every pause.
    if (line.textContent !== (hint ?? '')) line.textContent = hint ?? '';
  }

  #attachSpot(editor: Element): HintSpot {
    const { host, root } = createShadowHost('not-so-social-hint', 'hint', HINT_CSS);
    const line = element('div', 'hint');
    line.setAttribute('role', 'status');
    line.setAttribute('aria-live', 'polite');
    root.append(line);
    // Below the whole form, so the hint never moves the editor or the send button under the cursor.
    (editor.closest('form') ?? editor.parentElement ?? editor).after(host);
    const spot = { host, line };
    this.#spots.set(editor, spot);
    return spot;
  }
}
