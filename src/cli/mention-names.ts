// A corpus line says how many people a comment tags, not who. Where the text writes the names, the
// scanner reads them back, so that "mostly tags" and "says nothing but praise" are judged as in the page,
// where each mention is a link with the person's name.

// "@Ana Ruiz": an at-sign not inside a word (an e-mail address), and up to three capitalised words.
const AT_NAME = /(?<![\p{L}\p{N}])@([\p{Lu}][\p{L}'.-]*(?:[ \u00a0][\p{Lu}][\p{L}'.-]*){0,2})/gu;
// LinkedIn's exports and scrapers write a mention as the bare name: tags open or close the comment as a
// run of capitalised words ("Sourav Ghoshal Shekhar Lakda", "RAJESH B KUMAR check this", "Great, Ana Ruiz").
const CAPITALISED_WORD = /^@?[\p{Lu}][\p{L}'.-]*$/u;
const WORD = /\S+/gu;
const TRAILING_PUNCTUATION = /[,;:!?]+$/u;
// Capitalised words that open a comment without being anyone's name.
const NOT_A_NAME = new Set(
  'great thanks thank hi hey hello dear congrats congratulations well nice good wow check look see this that the i we you so very cfbr agreed exactly interesting'.split(
    ' ',
  ),
);
// A tagged name is one to three words; a longer capitalised run is a sentence, not names.
const MAX_WORDS_PER_NAME = 3;

interface NameWord {
  start: number;
  end: number;
  /** Whether a comma or another mark follows it: where one name ends when names are listed. */
  closesName: boolean;
}

/** The capitalised words that could be names: the opening run (after a "Thanks" or "Great"), else the closing run. */
function nameWords(text: string): NameWord[] {
  const words = [...text.matchAll(WORD)].map((match) => {
    const word = match[0].replace(TRAILING_PUNCTUATION, '');
    return { word, start: match.index, end: match.index + word.length, closesName: word.length < match[0].length };
  });
  const isName = (entry: { word: string }): boolean => CAPITALISED_WORD.test(entry.word) && !NOT_A_NAME.has(entry.word.toLowerCase().replace(/^@/, ''));
  const opening: NameWord[] = [];
  let first = 0;
  while (first < words.length && NOT_A_NAME.has(words[first]!.word.toLowerCase())) first += 1;
  for (const entry of words.slice(first)) {
    if (!isName(entry)) break;
    opening.push(entry);
  }
  if (opening.length > 0) return opening;
  const closing: NameWord[] = [];
  for (const entry of words.toReversed()) {
    if (!isName(entry)) break;
    closing.unshift(entry);
  }
  return closing;
}

/** An @-name's words up to one that opens a sentence instead ("@Ana Ruiz Great post"). */
function untilNotAName(name: string): string {
  const words = name.split(/[ \u00a0]/u);
  const end = words.findIndex((word, index) => index > 0 && NOT_A_NAME.has(word.toLowerCase()));
  return end < 0 ? name : words.slice(0, end).join(' ');
}

/** Splits the run at its commas when it has them, else shares its words out evenly. */
function group(words: NameWord[], count: number): NameWord[][] {
  if (words.slice(0, -1).some((word) => word.closesName)) {
    const groups: NameWord[][] = [[]];
    for (const word of words) {
      groups.at(-1)!.push(word);
      if (word.closesName) groups.push([]);
    }
    return groups.filter((names) => names.length > 0).slice(0, count);
  }
  const groups: NameWord[][] = [];
  let next = 0;
  for (let person = 0; person < count; person += 1) {
    const size = Math.ceil((words.length - next) / (count - person));
    groups.push(words.slice(next, next + size));
    next += size;
  }
  return groups;
}

/**
 * The names of `count` (a whole number) people tagged in `text`, as far as the text shows them: the
 * "@Name" ones, else a run of capitalised words opening or closing the comment, split at its commas or
 * shared out among the people (one to three words each). Empty when the text does not show them.
 */
export function mentionedNames(text: string, count: number): string[] {
  if (!Number.isInteger(count) || count <= 0) return [];
  const atNames = [...text.matchAll(AT_NAME)].map((match) => untilNotAName(match[1]!));
  if (atNames.length > 0) return atNames.slice(0, count);
  const words = nameWords(text);
  if (words.length < count || words.length > count * MAX_WORDS_PER_NAME) return [];
  return group(words, count).map((name) => text.slice(name[0]!.start, name.at(-1)!.end).replace(/^@/, ''));
}
