// Tag-hijacking: @-mentioning several people to pull them (and their networks) into a thread.
import type { RuleWeights, Signal } from './score';
import type { TextView } from './text-view';
import type { Item, Person } from './types';

// Set by hand: there is no labelled public set of comments. Chosen so that two tags alone stay
// below 'low', three are 'low' and four are 'high' at 'balanced'; each extra signal adds about a tag.
export const TAG_HIJACK_WEIGHTS: RuleWeights = {
  bias: -3,
  rules: {
    'mentions-many': 1.2,
    'mentions-outside-thread': 1.0,
    'mostly-mentions': 1.0,
    'self-boost': 0.8,
    'repeated-tag-list': 1.2,
  },
};

const MOSTLY_MENTIONS = 0.5;

function personKey(person: Person): string {
  return person.profileUrl ?? person.name.trim().toLowerCase();
}

function distinctPeople(mentions: readonly Person[]): Person[] {
  const seen = new Map<string, Person>();
  for (const person of mentions) if (!seen.has(personKey(person))) seen.set(personKey(person), person);
  return [...seen.values()];
}

function mentionShare(item: Item, people: readonly Person[]): number {
  const text = item.text.trim();
  if (text.length === 0) return 0;
  let chars = 0;
  for (const person of people) {
    const name = person.name.trim();
    if (name.length > 0 && text.includes(name)) chars += name.length * Math.max(1, text.split(name).length - 1);
  }
  return Math.min(1, chars / text.length);
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
  if (mentionShare(item, people) >= MOSTLY_MENTIONS) signals.push({ code: 'mostly-mentions', text: 'Mostly tags, little text' });
  if (item.kind === 'comment' && item.authorIsPostAuthor === true) {
    signals.push({ code: 'self-boost', text: "The post's author tagging people under their own post" });
  }
  if (item.repeatedMentionList === true) signals.push({ code: 'repeated-tag-list', text: 'Same tag list as another comment' });
  return signals;
}
