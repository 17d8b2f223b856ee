import type { JudgedFound } from '../item-scanner';

/** What the call feature does with the page's work. */
export interface CallFeaturePart {
  /** Page subtrees just added, none of them the extension's own. */
  handle(roots: Element[]): void;
  /** The messages one scan read, with their verdicts, one call per scan in page order. */
  messagesSeen(messages: JudgedFound[]): void;
}
