// Tag-hijacking: @-mentioning several people to pull them (and their networks) into a thread.
import type { RuleWeights, Signal } from './score';
import type { TextView } from './text-view';
import type { Item, Person } from './types';

// Set by hand: the real comments gathered so far hold a handful of tag lists (data/corpus, ninth pass),
// too few to fit weights on. Chosen so that two tags alone stay below 'low', three are 'low' and four
// are 'high' at 'balanced'; each extra signal adds about a tag.
export const TAG_HIJACK_WEIGHTS: RuleWeights = {
  bias: -3,
  rules: {
    'mentions-many': 1.2,
    'mentions-outside-thread': 1.0,
    'mostly-mentions': 1.0,
    // Names and nothing else: the comment exists to tag, so two people tagged with no word of their own reach 'high'.
    'only-mentions': 2.0,
    'self-boost': 0.8,
    'repeated-tag-list': 1.2,
  },
};

const MOSTLY_MENTIONS = 0.5;
// Names and nothing else, punctuation or an emoji aside (real exports are full of such comments).
const ONLY_MENTIONS = 0.9;

function personKey(person: Person): string {
  return person.profileUrl ?? person.name.trim().toLowerCase();
}

function distinctPeople(mentions: readonly Person[]): Person[] {
  const seen = new Map<string, Person>();
  for (const person of mentions) if (!seen.has(personKey(person))) seen.set(personKey(person), person);
  return [...seen.values()];
}

// Letters and digits only: spaces between names, punctuation and an emoji say nothing of their own.
const WORD_CHAR = /[\p{L}\p{N}]/gu;

function wordChars(text: string): number {
  return text.match(WORD_CHAR)?.length ?? 0;
}

/** How much of the comment's wording is the tagged names. */
function mentionShare(item: Item, people: readonly Person[]): number {
  const text = item.text.trim();
  const total = wordChars(text);
  if (total === 0) return 0;
  let chars = 0;
  for (const person of people) {
    const name = person.name.trim();
    if (name.length > 0 && text.includes(name)) chars += wordChars(name) * Math.max(1, text.split(name).length - 1);
  }
  return Math.min(1, chars / total);
}

export function tagHijackSignals(item: Item, _view: TextView): Signal[] {
  const people = distinctPeople(item.mentions);
  const count = people.length;
  // One tag is how a reply addresses someone: never a signal, whatever else is true.
  if (count < 2) return [];
  const signals: Signal[] = [{ code: 'mentions-many', text: `Tags ${count} people`, strength: count - 1 }];
  const participants = item.threadParticipants;
  if (participants && participants.length > 0) {
    const inThread = new Set(participants);
    const known = people.filter((person) => person.profileUrl !== undefined);
    const outside = known.filter((person) => !inThread.has(person.profileUrl as string)).length;
    if (known.length > 0 && outside * 2 >= count) {
      // The headline already says how many are tagged; this reason only adds where they stand.
      const text = outside === count ? 'None of them takes part in the thread' : `${outside} of them take no part in the thread`;
      signals.push({ code: 'mentions-outside-thread', text, strength: outside / count });
    }
  }
  const share = mentionShare(item, people);
  if (share >= ONLY_MENTIONS) signals.push({ code: 'only-mentions', text: 'Only tags, no words of their own' });
  else if (share >= MOSTLY_MENTIONS) signals.push({ code: 'mostly-mentions', text: 'Mostly tags, little text' });
  if (item.kind === 'comment' && item.authorIsPostAuthor === true) {
    signals.push({ code: 'self-boost', text: "The post's author tagging people under their own post" });
  }
  if (item.repeatedMentionList === true) signals.push({ code: 'repeated-tag-list', text: 'Same tag list as another comment' });
  return signals;
}
