// A corpus line says how many people a comment tags, not who. Where the text writes the names, the
// scanner reads them back, so that "mostly tags" and "says nothing but praise" are judged as in the page,
// where each mention is a link with the person's name.

// "@Ana Ruiz": an at-sign and up to three capitalised words.
const AT_NAME = /@[\p{Lu}][\p{L}'.-]*(?:[ \u00a0][\p{Lu}][\p{L}'.-]*){0,2}/gu;
// LinkedIn's exports and scrapers write a mention as the bare name: tags open the comment as a run of
// capitalised words ("Sourav Ghoshal Shekhar Lakda", "RAJESH B KUMAR check this"), commas between names or not.
const CAPITALISED_WORD = /^@?[\p{Lu}][\p{L}'.-]*$/u;
const TRAILING_PUNCTUATION = /[,;:!?]+$/u;
const WORD = /\S+/gu;
// A tagged name is one to three words; a longer capitalised run is a sentence, not names.
const MAX_WORDS_PER_NAME = 3;

/** Where each word of the opening run of capitalised words starts and ends. */
function openingNameWords(text: string): Array<[number, number]> {
  const words: Array<[number, number]> = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0].replace(TRAILING_PUNCTUATION, '');
    if (!CAPITALISED_WORD.test(word)) break;
    words.push([match.index, match.index + word.length]);
  }
  return words;
}

/**
 * The names of `count` people tagged in `text`, as far as the text shows them: the "@Name" ones, else
 * an opening run of capitalised words shared out among the people (one to three words each). Empty
 * when the text does not show them.
 */
export function mentionedNames(text: string, count: number): string[] {
  if (count === 0) return [];
  const atNames = [...text.matchAll(AT_NAME)].map((match) => match[0].slice(1));
  if (atNames.length > 0) return atNames.slice(0, count);
  const words = openingNameWords(text);
  if (words.length < count || words.length > count * MAX_WORDS_PER_NAME) return [];
  const names: string[] = [];
  let next = 0;
  for (let person = 0; person < count; person += 1) {
    const size = Math.ceil((words.length - next) / (count - person));
    names.push(text.slice(words[next]![0], words[next + size - 1]![1]).replace(/^@/, ''));
    next += size;
  }
  return names;
}
