// The shape every language's phrase list fills in. Entries are regular-expression sources matched
// against lower-cased text whose apostrophes are folded to ' and whose whitespace is collapsed to one
// space; they are anchored at word edges when compiled, so an entry need not add its own \b.

export interface TemplatedPhrases {
  /** Cold openers: "I came across your profile", "hope this finds you well". */
  opener: string[];
  /**
   * Thanks for connecting or accepting: LinkedIn suggests it as a one-tap reply and people write it
   * to each other, so it is everyday evidence, not a cold opener.
   */
  courtesy: string[];
  /** Asking to connect or grow a network: "would love to connect", "expand my network". */
  connect: string[];
  /** Sales pitch and value proposition: "we help companies like", "exciting opportunity". */
  pitch: string[];
  /** Asking for a meeting in stock words: "open to a quick 15-minute call". */
  callAsk: string[];
  /** Follow-up and break-up steps of a sequence: "just bumping this", "last ping". */
  followUp: string[];
  /** Stock soft closes: "no agenda", "happy to share", "either way". */
  softClose: string[];
  /** Flattery about the recipient's profile or work: "really impressed by", "one of the highlights". */
  compliment: string[];
  /** Results claimed for others: "cut onboarding time by 40%", "Result:", "from 12 weeks to 6". */
  socialProof: string[];
  /** A question about the recipient's pain: "how are you currently handling", "biggest bottleneck". */
  challengeQuestion: string[];
  /**
   * The sender describes their own offer: "our services", "we're offering", "I can help you", "free
   * consultation", "your profile is a perfect fit". Received pitches written per recipient carry few stock
   * phrases, but nearly all of them say what the sender sells.
   */
  offer: string[];
  /** A soft call to action ending in a question: "worth a chat?", "does this make sense?". */
  softCta: string[];
}

export interface EngagementBaitPhrases {
  /** A bare "Agree?" style prompt for reactions. */
  agree: string[];
  /** "Comment YES and I'll send it": a keyword traded for a reward. */
  commentKeyword: string[];
  /** Calls for comments: "comment below", "let me know in the comments" (not "👇": it points at a list as often). */
  commentPrompt: string[];
  /** "Repost ♻️", "share this with your network". */
  repost: string[];
  /** "Follow me for more", "hit the 🔔". */
  follow: string[];
  /** "Link in the comments 👇". */
  linkInComments: string[];
  /** "Tag someone who needs this". */
  tagSomeone: string[];
  /** "Save this post for later", "like if you agree". */
  saveOrLike: string[];
}

export interface PhraseSet {
  /** BCP 47 language tag. */
  language: string;
  templated: TemplatedPhrases;
  engagementBait: EngagementBaitPhrases;
  /** Generic praise that fits under any post: "great insights", "thanks for sharing". */
  podPraise: string[];
  /** A comment left to lift the post's reach, said outright: "CFBR", "commenting for better reach". */
  podReach: string[];
}
