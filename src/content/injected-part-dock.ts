// The core content script and each script the worker injects on demand are separate bundles running in the
// extension's one isolated world of the frame. They meet through a property of that world's globalThis,
// which LinkedIn's own scripts (in the page's world) cannot see, as they could see a DOM event or attribute.
import type { InjectedPart } from '../messages';
import type { CallFeaturePart } from './call/call-feature-part';
import type { FeedTimePart } from './feed-time-part';
import type { ItemDisplay } from './item-display';
import type { MirrorHintsPart } from './mirror-hints';
import type { NudgeBannerPart } from './nudge-banner';
import type { PageSession } from './page-session';

/** What each injected part gives the core once its script ran. */
interface InjectedPartApis {
  call: CallFeaturePart;
  'nudge-banner': NudgeBannerPart;
  'mirror-hints': MirrorHintsPart;
  'display-modes': ItemDisplay;
  'feed-time': FeedTimePart;
}

// Indexing by every InjectedPart fails to compile while a part has no entry above.
export type InjectedPartApi<P extends InjectedPart> = InjectedPartApis[P];

/** What the core leaves for one part's script, once per document, while it waits for it. */
export interface PartDock<P extends InjectedPart> {
  /** Called by the part's script: the core creates the part in its own page visit and takes it from there. */
  register(create: (session: PageSession) => InjectedPartApi<P>): void;
}

// Registered symbols: the same key in both bundles, and no clash with any name the world might hold.
const dockKey = (part: InjectedPart): symbol => Symbol.for(`not-so-social.dock.${part}`);

const holder = (): Record<symbol, unknown> => globalThis as unknown as Record<symbol, unknown>;

export function leaveDock<P extends InjectedPart>(part: P, dock: PartDock<P>): void {
  holder()[dockKey(part)] = dock;
}

/** Only the dock given: a newer content script (after an extension update) may have left its own. */
export function removeDock<P extends InjectedPart>(part: P, dock: PartDock<P>): void {
  if (holder()[dockKey(part)] === dock) delete holder()[dockKey(part)];
}

export function findDock<P extends InjectedPart>(part: P): PartDock<P> | undefined {
  return holder()[dockKey(part)] as PartDock<P> | undefined;
}
