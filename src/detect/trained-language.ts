// Whether a text reads as one of the languages the outreach model learnt (English, German, French,
// Spanish). In another language (a Portuguese DM in fresh6) almost none of its n-grams own a bucket,
// and the few that do — a shared loanword, a name the masking missed — decide the logit alone: that is
// how one Portuguese message was labelled by the model and nothing else. A small stop-word count per
// language says which texts the model can speak for.

/**
 * Function words frequent in each trained language and rare in its untrained neighbours, Portuguese
 * and Italian above all: "de", "que", "para", "a", "e", "la", "una", "il", "in", "con", "per", "no"
 * are left out because those languages use them as much.
 */
const STOP_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ('the and to of you your i is are for with that this it on be have we my would will can at was not if our about ' +
    "just what i'm it's i'd i'll you're don't there they from an or how").split(' '),
  de: 'der die das und ich sie nicht ist mit für auf ein eine zu den dem sich wir auch von bei haben wie mich ihnen gerne uns ihre würde über'.split(' '),
  fr: ('les des et est je vous nous pas qui dans sur avec ce au du une pour mais votre suis cette être très merci vos avez en ' +
    "ton tes ça j'ai c'est j'aimerais qu'on est-ce sont aussi leur ces mon mes notre bien avoir faire peux ai été comment").split(' '),
  es: ('el los las y es pero muy está usted estoy gracias hola también sus qué cómo tienes eres ya yo tengo hay puedo quiero estás ' +
    'en más cuando puede puedes tiene donde nuestro nuestra nuestros ustedes gustaría podemos hemos somos estamos mucho muchas ' +
    'hacer ayudar trabajo equipo bien buen tus').split(' '),
};

// "en" and "bien" are French and Spanish alike: a word counts for every language that lists it.
const LANGUAGES_OF = new Map<string, string[]>();
for (const [language, words] of Object.entries(STOP_WORDS)) {
  for (const word of words) LANGUAGES_OF.set(word, [...(LANGUAGES_OF.get(word) ?? []), language]);
}

/**
 * Share of a text's words that must be stop words of one trained language. Dev templates of 15 words
 * and more: English median 0.30 (one of 480 at 0.086), German from 0.11, French from 0.125, Spanish
 * from 0.115; the 37 long Portuguese DMs at most 0.067 (a borrowed English word or two).
 */
export const TRAINED_LANGUAGE_SHARE = 0.1;

const WORD = /[\p{L}'’]+/gu;
const APOSTROPHES = /’/g;

/** The largest share of the text's words that are stop words of one trained language. */
export function trainedLanguageShare(text: string): number {
  const words = text.toLowerCase().replace(APOSTROPHES, "'").match(WORD) ?? [];
  if (words.length === 0) return 0;
  const hits = new Map<string, number>();
  for (const word of words) {
    for (const language of LANGUAGES_OF.get(word) ?? []) hits.set(language, (hits.get(language) ?? 0) + 1);
  }
  return Math.max(0, ...hits.values()) / words.length;
}

export function readsAsTrainedLanguage(text: string): boolean {
  return trainedLanguageShare(text) >= TRAINED_LANGUAGE_SHARE;
}
