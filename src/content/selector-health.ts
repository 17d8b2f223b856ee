import type { ItemKind } from '../detect/types';
import type { SelectorSurface } from '../shared/store-types';
import { isFeed, isInvitationManager, isMessaging, isPostDetail, shownPageUrl } from '../sites/linkedin/pages';
import { surfaceHealthy } from '../sites/linkedin/surface-health';
import type { PageSession } from './page-session';

const SURFACE_OF: Record<ItemKind, SelectorSurface> = { post: 'feed', comment: 'comments', message: 'messages', invite: 'invitations' };

/** Long enough for LinkedIn to render its first items after load or navigation, short enough to be noticed. */
export const HEALTH_WAIT_MS = 4000;

/**
 * The surfaces a page is checked for. A post page is also checked for comments, but judged only if it
 * shows comment urns (a post may have none); the feed's comments are too sparse to judge.
 */
export function expectedSurfaces(url: string): SelectorSurface[] {
  if (isFeed(url)) return ['feed'];
  if (isPostDetail(url)) return ['feed', 'comments'];
  if (isMessaging(url)) return ['messages'];
  if (isInvitationManager(url)) return ['invitations'];
  return [];
}

/**
 * Says whether the adapter still finds what a page should hold: ok:true once a surface yields an item;
 * after a few seconds of visible time, whatever the page itself shows (see surfaceHealthy): ok:true for
 * recognised or visibly empty surfaces, ok:false for content the adapter does not recognise, nothing
 * when there is nothing to judge. Each surface is reported at most once per page.
 */
export class SelectorHealth {
  readonly #session: PageSession;
  readonly #report: (surface: SelectorSurface, ok: boolean) => void;
  readonly #waitMs: number;
  #reported = new Set<SelectorSurface>();
  #waiting = new Set<SelectorSurface>();
  #page = 0;

  constructor(session: PageSession, report: (surface: SelectorSurface, ok: boolean) => void, waitMs = HEALTH_WAIT_MS) {
    this.#session = session;
    this.#report = report;
    this.#waitMs = waitMs;
  }

  /** A new page (load or in-page navigation): start waiting for what it should show. */
  expect(url: string): void {
    this.#page++;
    this.#reported = new Set();
    this.#waiting = new Set(expectedSurfaces(shownPageUrl(url, document)));
    if (this.#waiting.size > 0) this.#arm(this.#page);
  }

  found(kind: ItemKind): void {
    const surface = SURFACE_OF[kind];
    this.#waiting.delete(surface);
    if (this.#reported.has(surface)) return;
    this.#reported.add(surface);
    this.#report(surface, true);
  }

  #arm(page: number): void {
    this.#session.setTimeout(() => {
      if (page !== this.#page) return;
      // A background tab renders nothing: only visible time counts toward "nothing found".
      if (document.visibilityState === 'hidden') {
        document.addEventListener('visibilitychange', () => this.#arm(page), { once: true, signal: this.#session.signal });
        return;
      }
      for (const surface of this.#waiting) {
        const ok = surfaceHealthy(document, surface);
        if (ok === undefined) continue;
        this.#reported.add(surface);
        this.#report(surface, ok);
      }
      this.#waiting.clear();
    }, this.#waitMs);
  }
}
