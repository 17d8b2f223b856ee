// The short name of a time zone as people write it next to a time: "CET", "EDT", "IST".

const OFFSET_STYLE = /^(GMT|UTC)([+\-−]|$)/;

// CLDR gives English abbreviations only in the region where they are common ("CET" under en-GB, "EST"
// under en-US, "IST" under en-IN, "AEST" under en-AU); bare "en" would say "GMT+1" for Berlin. For an
// English reader the abbreviation is friendlier, so the regional variants are tried in turn.
const ENGLISH_VARIANTS = ['en-US', 'en-GB', 'en-IN', 'en-AU'];

function shortNameIn(locale: string, instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(instant);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** The zone's short name at that instant (so "CET" in winter, "CEST" in summer), in the locale's usage. */
export function shortZoneName(instant: Date, timeZone: string, locale = 'en'): string {
  const own = shortNameIn(locale, instant, timeZone);
  if (!OFFSET_STYLE.test(own) || !/^en\b/i.test(locale)) return own;
  for (const variant of ENGLISH_VARIANTS) {
    const name = shortNameIn(variant, instant, timeZone);
    if (!OFFSET_STYLE.test(name)) return name;
  }
  return own;
}
