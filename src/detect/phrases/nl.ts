import type { PhraseSet } from './phrase-set';

// Dutch phrases (ninth pass), for the strongest signals only: recruiters' and vendors' first notes and
// their follow-ups ("vacature", "op zoek naar een ervaren C++ developer", "bedrijven zoals die van jullie",
// "mijn vorige bericht"). Colleagues on LinkedIn write "kop koffie", "kennismaken", "toevoegen aan mijn
// netwerk" and "nieuwe uitdaging" too (the dev split's Dutch DMs), so those are left out.
export const nl: PhraseSet = {
  language: 'nl',
  templated: {
    opener: [
      '(?:jouw|je) profiel kwam ik tegen|kwam (?:ik )?(?:jouw|je) profiel tegen|(?:ik zie|zag) (?:aan|op) (?:je|jouw) (?:linkedin )?profiel',
      'ik neem contact (?:met je )?op',
      'ik stuur je dit bericht omdat',
    ],
    courtesy: ['(?:bedankt|dank|dankjewel|dank je wel) (?:je )?voor het accepteren'],
    connect: [],
    pitch: ['(?:bedrijven|organisaties|ondernemers|partijen) zoals', '(?:helpt|helpen) (?:\\S+ ){0,2}(?:bedrijven|organisaties|ondernemers)'],
    callAsk: [],
    followUp: [
      '(?:opvolgen|reageren) op mijn (?:vorige|eerdere) (?:bericht|e-?mail)|mijn vorige (?:bericht|e-?mail)',
      'herinnering (?:sturen )?over',
      'heb je (?:hier|daar) al naar kunnen kijken|had je mijn \\S+ kunnen bekijken|had ik nog geen reactie',
    ],
    softClose: [
      'ik hoor (?:het )?graag (?:van je|je reactie|van jou)',
      'indien (?:het )?interessant',
      '(?:meer )?informatie (?:sturen|ontvangen)|stuur ik je (?:graag )?(?:meer )?(?:informatie|de link)',
    ],
    compliment: [],
    socialProof: [],
    challengeQuestion: [],
    offer: [
      '(?:deze|onze) vacature\\S*|vacature\\S* (?:die )?(?:bij|voor) (?:jou|je profiel)|functieprofiel',
      '(?:op ?zoek|opzoek) naar (?:een |ervaren |getalenteerde )*(?:\\S+ ){0,3}(?:developers?|engineers?|ontwikkelaars?|specialisten|kandidaten|expert)',
      'headhunter',
      '(?:opdracht|namens) (?:gekregen )?(?:van )?(?:een|onze|mijn) klant',
      'functie\\S* (?:\\S+ ){0,3}(?:open ?staan|openstaan|interessant)',
      '(?:wellicht|misschien) kunnen (?:we|wij) (?:eens )?iets voor (?:je|jou|jullie) betekenen',
      '(?:beschikbare|ervaren) (?:\\S+ ){0,2}(?:developers|ontwikkelaars)',
      '(?:toe bent aan|open staat voor|openstaat voor) (?:een )?(?:volgende stap|nieuwe uitdaging)',
    ],
    softCta: [],
  },
  engagementBait: { agree: [], commentKeyword: [], commentPrompt: [], repost: [], follow: [], linkInComments: [], tagSomeone: [], saveOrLike: [] },
  podPraise: [],
  podReach: [
    "voor (?:meer |het )?bereik",
  ],
};
