// The one normalised form of an item's text every detector reads, computed once per item.

export interface TextView {
  /** The text as written. */
  raw: string;
  /** Lower-cased, curly apostrophes folded to ', runs of whitespace made one space. */
  lower: string;
}

const APOSTROPHE = /[’‘`´]/;
const APOSTROPHES = /[’‘`´]/g;
// Only runs of whitespace and single non-space whitespace need replacing; matching every ordinary
// space as well made this the costliest step on long posts.
const WHITESPACE = /\s{2,}|[^\S ]/g;

export function textView(text: string): TextView {
  let lower = text.toLowerCase();
  if (APOSTROPHE.test(lower)) lower = lower.replace(APOSTROPHES, "'");
  return { raw: text, lower: lower.replace(WHITESPACE, ' ').trim() };
}

/** A matched phrase, trimmed and shortened, to quote in a reason. */
export function quote(match: string): string {
  const phrase = match.trim();
  return `“${phrase.length > 40 ? `${phrase.slice(0, 39)}…` : phrase}”`;
}
