// The call feature is a quarter of the page-side code, and most LinkedIn pages (the feed, profiles, jobs)
// never show a message composer. This stand-in stays in the content script injected into every page: the
// first time the page shows what the feature works on (a composer, messages, or the popup's draft link),
// it loads the call script (injected-part-loader.ts), keeps that work until the feature is there, hands it
// over, and from then on forwards.
import { ITEM, MESSAGE_FORM } from '../../sites/linkedin/selectors';
import type { JudgedFound } from '../item-scanner';
import type { CallFeaturePart } from './call-feature-part';
import { OPEN_DRAFT_HASH } from './open-draft-hash';

/** The call feature, created in this page visit once its script ran; undefined when it cannot come. */
export type LoadCallFeature = () => Promise<CallFeaturePart | undefined>;

type LoadState = 'waiting' | 'requested' | 'unavailable';

export class OnDemandCallFeature implements CallFeaturePart {
  readonly #load: LoadCallFeature;
  #feature: CallFeaturePart | undefined;
  #state: LoadState = 'waiting';
  /** Added subtrees that hold a message form, from the first one on. */
  #roots: Element[] = [];
  /** Each scan's judged messages, in scan order: the feature counts each thread's history from them. */
  #scans: JudgedFound[][] = [];

  constructor(load: LoadCallFeature) {
    this.#load = load;
  }

  /** A thread opened from the popup's link drafts on arrival: the script is needed before anything else shows. */
  start(): void {
    if (location.hash === OPEN_DRAFT_HASH) this.#request();
  }

  handle(roots: Element[]): void {
    if (this.#feature) {
      this.#feature.handle(roots);
      return;
    }
    const withForms = roots.filter(holdsMessageForm);
    if (withForms.length === 0 || this.#state === 'unavailable') return;
    this.#roots.push(...withForms);
    this.#request();
  }

  messagesSeen(messages: JudgedFound[]): void {
    if (this.#feature) {
      this.#feature.messagesSeen(messages);
      return;
    }
    if (this.#state === 'unavailable') return;
    this.#scans.push(messages);
    this.#request();
  }

  #request(): void {
    if (this.#state !== 'waiting') return;
    this.#state = 'requested';
    void this.#load().then((feature) => {
      if (feature) return this.#handOver(feature);
      this.#state = 'unavailable';
      this.#forget();
    });
  }

  #handOver(feature: CallFeaturePart): void {
    this.#feature = feature;
    // What LinkedIn removed meanwhile (a closed chat window) needs no row any more.
    const roots = this.#roots.filter((root) => root.isConnected);
    const scans = this.#scans;
    this.#forget();
    if (roots.length > 0) feature.handle(roots);
    for (const messages of scans) feature.messagesSeen(messages);
  }

  #forget(): void {
    this.#roots = [];
    this.#scans = [];
  }
}

/** As the feature's own search for composers: a form is never inside a post, comment, message or invitation. */
function holdsMessageForm(root: Element): boolean {
  if (root.closest(MESSAGE_FORM)) return true;
  return !root.closest(ITEM) && root.querySelector(MESSAGE_FORM) !== null;
}
