// The plain data the detectors work on and what they answer. Site adapters produce Items; nothing in
// here may depend on the DOM or a browser API.

export type ItemKind = 'post' | 'comment' | 'message' | 'invite';

export type Pattern = 'templated' | 'tag-hijack' | 'engagement-bait' | 'pod-comment';

export const PATTERNS: readonly Pattern[] = ['templated', 'tag-hijack', 'engagement-bait', 'pod-comment'];

export type Sensitivity = 'relaxed' | 'balanced' | 'strict';

export type Level = 'none' | 'low' | 'high';

export interface Person {
  name: string;
  /** Profile path such as `/in/ana-ruiz`, when the page links it. */
  profileUrl?: string;
}

export interface Item {
  /** Stable id from the site (an urn where there is one); hashed before it is stored. */
  id: string;
  kind: ItemKind;
  text: string;
  author?: Person;
  /** People @-mentioned in the text, in order of appearance (repeats kept). */
  mentions: Person[];
  hashtags: string[];
  /** Id of the thread the item belongs to: the post for a comment, the conversation for a message. */
  threadId?: string;
  /** For a comment: whether its author also wrote the post. */
  authorIsPostAuthor?: boolean;
  /** For a comment: profiles of the people who wrote the post or a comment in the same thread. */
  threadParticipants?: string[];
  /** For a message: whether the user received it or sent it. */
  direction?: 'in' | 'out';
  /** For a message: whether it opens the conversation (nothing earlier in the thread). */
  isFirstInThread?: boolean;
  /**
   * For a message or invite: how many distinct OTHER senders sent near-identical text (names, numbers,
   * companies masked), from locally kept fingerprints. Left out when unknown.
   */
  sameTextSenders?: number;
  /** For a comment: whether the same list of mentioned people already appeared in another comment. */
  repeatedMentionList?: boolean;
}

export interface Reason {
  /** Stable machine code, such as `mentions-many`. */
  code: string;
  /** Short human sentence, what the label shows. */
  text: string;
}

export interface Verdict {
  pattern: Pattern;
  /** In [0, 1]. */
  score: number;
  level: Level;
  reasons: Reason[];
}
