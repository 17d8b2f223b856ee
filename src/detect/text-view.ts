// The one normalised form of an item's text every detector reads, computed once per item.

export interface TextView {
  /** The text as written. */
  raw: string;
  /** Lower-cased, curly apostrophes folded to ', runs of whitespace made one space. */
  lower: string;
}

const APOSTROPHES = /[’‘`´]/g;
const WHITESPACE = /\s+/g;

export function textView(text: string): TextView {
  return { raw: text, lower: text.toLowerCase().replace(APOSTROPHES, "'").replace(WHITESPACE, ' ').trim() };
}

/** A matched phrase, trimmed and shortened, to quote in a reason. */
export function quote(match: string): string {
  const phrase = match.trim();
  return `“${phrase.length > 40 ? `${phrase.slice(0, 39)}…` : phrase}”`;
}
