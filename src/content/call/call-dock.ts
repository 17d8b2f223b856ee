// The core content script and the on-demand call script are two bundles running in the extension's one
// isolated world of the frame. They meet through a property of that world's globalThis, which LinkedIn's
// own scripts (in the page's world) cannot see, as they could see a DOM event or attribute.
import type { JudgedFound } from '../item-scanner';
import type { PageSession } from '../page-session';

/** What the call feature does with the page's work. */
export interface CallFeaturePart {
  /** Page subtrees just added, none of them the extension's own. */
  handle(roots: Element[]): void;
  /** The messages one scan read, with their verdicts, one call per scan in page order. */
  messagesSeen(messages: JudgedFound[]): void;
}

/** What the core leaves for the call script once per document. */
export interface CallDock {
  /** Called by the call script: the core creates the feature in its own page visit, hands over what it kept, then forwards. */
  register(create: (session: PageSession) => CallFeaturePart): void;
}

// A registered symbol: the same key in both bundles, and no clash with any name the world might hold.
const DOCK_KEY = Symbol.for('not-so-social.call-dock');

type DockHolder = { [DOCK_KEY]?: CallDock };

export function leaveDock(dock: CallDock): void {
  (globalThis as DockHolder)[DOCK_KEY] = dock;
}

/** Only the dock given: a newer content script (after an extension update) may have left its own. */
export function removeDock(dock: CallDock): void {
  const holder = globalThis as DockHolder;
  if (holder[DOCK_KEY] === dock) delete holder[DOCK_KEY];
}

export function findDock(): CallDock | undefined {
  return (globalThis as DockHolder)[DOCK_KEY];
}
