// All languages' phrase lists merged into one regular expression per signal, built once at module
// load: the detectors run on every comment and message of a page, so nothing is compiled per item.
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import type { EngagementBaitPhrases, PhraseSet, TemplatedPhrases } from './phrase-set';

export const PHRASE_SETS: readonly PhraseSet[] = [en, de, fr, es];

// Word edges by Unicode letter/number, because \b only knows ASCII and would split "réseau".
function compile(sources: readonly string[], flags = 'u'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

function compileEach<K extends string>(keys: readonly K[], pick: (set: PhraseSet, key: K) => string[], flags = 'u'): Record<K, RegExp> {
  const out = {} as Record<K, RegExp>;
  for (const key of keys) out[key] = compile(PHRASE_SETS.flatMap((set) => pick(set, key)), flags);
  return out;
}

const TEMPLATED_KEYS: readonly (keyof TemplatedPhrases)[] = ['opener', 'connect', 'pitch', 'callAsk', 'followUp', 'softClose'];
const BAIT_KEYS: readonly (keyof EngagementBaitPhrases)[] = ['agree', 'commentKeyword', 'repost', 'follow', 'linkInComments', 'tagSomeone', 'saveOrLike'];

/** Global, so a second stock phrase of the same kind can be found after the first. */
export const templatedPhrases = compileEach(TEMPLATED_KEYS, (set, key) => set.templated[key], 'gu');
export const baitPhrases = compileEach(BAIT_KEYS, (set, key) => set.engagementBait[key]);

const praiseSources = PHRASE_SETS.flatMap((set) => set.podPraise);
export const podPraise = compile(praiseSources);
/** The same praise phrases, global, to strip them all and see what is left of a comment. */
export const podPraiseAll = compile(praiseSources, 'gu');
