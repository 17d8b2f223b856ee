// Code that most LinkedIn pages never run stays out of the content script every page gets: the first time
// the page needs a part, the core leaves a dock (injected-part-dock.ts), asks the worker to inject the
// part's script into this frame, and the script registers through the dock.
import type { InjectedPart } from '../messages';
import { leaveDock, removeDock, type InjectedPartApi, type PartDock } from './injected-part-dock';
import type { PageSession } from './page-session';

/** Asks the worker to inject one part's script into this frame; false when it could not. */
export type InjectScript = (part: InjectedPart) => Promise<boolean>;

/** Loads one injected part for this page visit, the first time it is asked for. */
export class InjectedPartLoader<P extends InjectedPart> {
  readonly #session: PageSession;
  readonly #part: P;
  readonly #inject: InjectScript;
  #loaded: Promise<InjectedPartApi<P> | undefined> | undefined;

  constructor(session: PageSession, part: P, inject: InjectScript) {
    this.#session = session;
    this.#part = part;
    this.#inject = inject;
  }

  /**
   * The part, created in this page visit; undefined when it could not be injected or the visit stopped.
   * The worker is asked once per document, however often this is called.
   */
  load(): Promise<InjectedPartApi<P> | undefined> {
    this.#loaded ??= this.#request();
    return this.#loaded;
  }

  #request(): Promise<InjectedPartApi<P> | undefined> {
    const session = this.#session;
    const part = this.#part;
    return new Promise((resolve) => {
      let registered = false;
      const dock: PartDock<P> = {
        register: (create) => {
          // A script injected twice (a lost reply asked again) creates its part once.
          if (registered || !session.isAlive()) return;
          registered = true;
          removeDock(part, dock);
          resolve(create(session));
        },
      };
      leaveDock(part, dock);
      session.onStop(() => {
        removeDock(part, dock);
        resolve(undefined);
      });
      // The worker answers after the script ran: unless it registered by then, it is not coming, and
      // asking again would fail the same way; the page works without it.
      void this.#inject(part).then(
        () => resolve(undefined),
        () => resolve(undefined),
      );
    });
  }
}
