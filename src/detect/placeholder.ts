// Unfilled template placeholders as they appear in outreach tools and playbooks:
// {{first_name}}, {company}, [First Name], [Prénom], [specific topic], %FIRSTNAME%, *|FNAME|*.

// Every bracketed or braced span that could be a placeholder: what a recipient would see filled in,
// so fingerprints mask them and the corpus builder fills them.
const ANY_SOURCE = String.raw`\{\{\s*[^{}\n]{1,40}?\s*\}\}|\{[A-Za-z_][\w ./-]{0,40}\}|\[(?:\p{Lu}[\p{L}\p{N}_'’ ./&–-]{0,40}|[a-z_][a-z_/ -]{0,40})\]|%[A-Z_]{3,}%|\*\|[A-Z_]+\|\*`;

// What a placeholder names: the recipient, their company, role, topic, a link, a result. Brackets and
// single braces are everyday text too — "[Tim]" quoting a reply on a mailing list, "[sic]", an rpm
// macro "%{_datadir}", TeX "$v_{T}$" — so those count only when one of their first two words names
// such a slot (matched at a word's start: "compan" covers "company", "companies").
const SLOT_WORDS = [
  'name', 'first', 'last', 'full', 'vorname', 'pr[ée]nom', 'nombre', 'compan', 'empresa', 'entreprise', 'firma',
  'unternehmen', 'cabinet', 'dealership', 'industr', 'branche', 'secteur', 'sector', 'role', 'title', 'titel',
  'position', 'poste', 'cargo', 'job', 'topic', 'tema', 'thema', 'sujet', 'event', 'conference', 'webinar',
  'talk', 'panel', 'session', 'post', 'article', 'calend', 'url', 'lien', 'enlace', 'mutual', 'connection',
  'friend', 'group', 'gruppe', 'school', 'universit', 'city', 'location', 'ville', 'ciudad', 'signat',
  'specific', 'relevant', 'similar', 'recent', 'personali', 'pain', 'problem', 'challenge', 'result', 'outcome',
  'metric', 'benefit', 'beneficio', 'solution', 'soluci', 'value', 'initiative', 'project', 'milestone',
  'achievement', 'insight', 'competitor', 'customer', 'client', 'persona', 'expertise', 'skill', 'field',
  'area', 'timeframe', 'fecha', 'hora', 'keyword', 'resource', 'feature', 'product', 'service', 'angle',
  'approach', 'aspect', 'case', 'before', 'after', 'zielgruppe', 'tipo', 'funding', 'launch', 'mention',
  'link[ _]',
];
// Short slot words must be whole words: "[X]", "[Nom]", "[mes]". A bare "[Link]" is a button named in
// a how-to as often as a placeholder; "[link to …]" is not.
const WHOLE_SLOT_WORDS = ['x', 'nom', 'mes', 'ort'];
// As written in templates: "name", "Name", "NAME". Not a case-insensitive flag, which would also let
// "%windir%" pass for "%FIRSTNAME%".
const cased = (words: readonly string[]): string =>
  words.flatMap((word) => [word, word.charAt(0).toUpperCase() + word.slice(1), word.toUpperCase()]).join('|');
const SLOT = `(?:${cased(SLOT_WORDS)}|(?:${cased(WHOLE_SLOT_WORDS)})(?![\\p{L}]))`;
const LEADING_WORD = String.raw`(?:[\p{L}\p{N}'’.&]+[ /_-]+)?`;
const SLOT_SOURCE = [
  String.raw`\{\{\s*[^{}\n]{1,40}?\s*\}\}`,
  String.raw`(?<![%$_^\\\p{L}\p{N}])\{\s*${LEADING_WORD}${SLOT}[^{}\n]{0,40}\}`,
  String.raw`\[\s*${LEADING_WORD}${SLOT}[^\[\]\n]{0,40}\]`,
  // Upper-case snake case is a template variable whatever it names: [LEAD_MAGNET], %FIRSTNAME%.
  String.raw`\[[A-Z]+(?:_[A-Z]+)+\]`,
  String.raw`%[A-Z_]{3,}%`,
  String.raw`\*\|[A-Z_]+\|\*`,
].join('|');

/** An unfilled placeholder, as the detectors and the draft hints look for one. */
export const PLACEHOLDER = new RegExp(SLOT_SOURCE, 'u');
/** Every span that may be a placeholder, for masking and filling; broader than PLACEHOLDER. */
export const PLACEHOLDER_ALL = new RegExp(ANY_SOURCE, 'gu');
