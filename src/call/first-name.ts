// Names from the display name LinkedIn shows, "Dr. Ana Ruiz 🚀 | Growth": "Ana" to greet by, "Dr. Ana Ruiz"
// for a calendar entry.

// Titles people put before their name; a name is never one of these on its own.
const TITLES = new Set([
  'dr', 'prof', 'professor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'sir', 'dame', 'herr', 'frau', 'mme', 'mlle',
  'sr', 'sra', 'srta', 'dott', 'dottssa', 'ing', 'dipl', 'mag', 'rev', 'hon', 'capt', 'col', 'lt', 'univ',
]);

// Decoration rather than name: emoji (with skin tones, joiners, flags and keycaps).
const DECORATION = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u{FE0F}\u{200D}\u{20E3}]/gu;

// What follows these is a headline, a credential or pronouns: "Ana Ruiz, PhD", "Ana Ruiz | Growth", "Ana (she/her)".
const SUFFIX_START = /\s[-–—]\s|[|,(\[•·/]/u;

const isTitle = (token: string): boolean => TITLES.has(token.replace(/\.$/, '').toLowerCase());
const isInitial = (token: string): boolean => /^(\p{L}\.)+$|^[\p{Lu}\p{Ll}]$/u.test(token);

// In Chinese, Japanese and Korean names the family name usually comes first, so the whole name is the
// safe greeting.
const FAMILY_NAME_FIRST = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u;

function tidyCase(name: string): string {
  if (name !== name.toUpperCase() || name.length < 2) return name;
  // A name written all in capitals reads as shouting in a greeting.
  return name.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase());
}

/** The display name without emoji, headline, credentials or pronouns: "Dr. Ana Ruiz". */
export function plainName(displayName: string): string {
  // NFKC folds the "𝐁𝐨𝐥𝐝" and full-width letters some people use for emphasis back to plain ones.
  const plain = displayName.normalize('NFKC').replace(DECORATION, ' ');
  return (plain.split(SUFFIX_START)[0] ?? '').replace(/\s+/g, ' ').trim();
}

/** The first name to greet by, or '' when the display name does not reveal one (e.g. "A. Ruiz"). */
export function firstName(displayName: string): string {
  const tokens = plainName(displayName)
    .split(' ')
    .map((token) => token.replace(/^[^\p{L}]+/u, '').replace(/[^\p{L}\p{M}.]+$/u, ''))
    .filter((token) => /\p{L}/u.test(token));
  while (tokens[0] !== undefined && isTitle(tokens[0])) tokens.shift();
  if (tokens.length > 0 && tokens.every((token) => FAMILY_NAME_FIRST.test(token))) return tokens.join(' ');
  // "J. Robert Oppenheimer" goes by Robert; in "A. Ruiz" the only full word is the family name.
  const initials = tokens.findIndex((token) => !isInitial(token));
  if (initials < 0) return '';
  if (initials > 0 && tokens.length - initials < 2) return '';
  const chosen = tokens[initials] ?? '';
  return tidyCase(chosen.replace(/\.$/, ''));
}
