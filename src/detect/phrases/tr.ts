import type { PhraseSet } from './phrase-set';

// Turkish phrases (ninth pass), for the strongest signals only: a recruiter's or vendor's first note
// ("… pozisyonu için arayışımız bulunmaktadır", "fırsatlara açık olduğunuz bir dönemdeyseniz"). Turkish
// words take suffixes, so most entries end in \S*. A capital İ lower-cases to i and a combining dot
// (U+0307), so a word that may open a sentence allows the dot.
const I = 'i\u0307?';

export const tr: PhraseSet = {
  language: 'tr',
  templated: {
    opener: [
      'ulaşıyorum|ulaşım sağlıyorum|iletişime geçiyoru[mz]',
      '(?:profilinizi|profilini|bilgilerinizi|deneyimlerinizi|deneyimlerini) (?:\\S+ )?(?:inceledi\\S*|değerlendirdiğimizde|gördü\\S*)',
    ],
    courtesy: ['(?:bağlantı isteğimi|davetimi|isteğimi) (?:\\S+ )?kabul ettiğin(?:iz)? için'],
    connect: ['iletişime geçmek ister\\S*', 'tanışmak (?:ister\\S*|istedik)|tanışmaktan mutluluk'],
    pitch: ['hizmet\\S* (?:veriyoruz|sunuyoruz|sunan|sunmaktayız)|çözüm\\S* sun\\S*', 'bilgi vermek ister\\S*|bilgilendirmek ister\\S*|bilgi vermekteyiz'],
    callAsk: [
      'randevu (?:\\S+ )?(?:planla\\S*|talep\\S*|ayarla\\S*)',
      'kısa bir (?:görüşme|telefon görüşmesi|toplantı)',
      '(?:telefon )?görüşme(?:si)? (?:organize|ayarla)\\S*',
    ],
    followUp: [],
    softClose: ['(?:geri )?dönüşünü\\S* (?:\\S+ )?bekli\\S*', `${I}lgilenmeniz durumunda|${I}lgilenirseniz|${I}lgilenirsen`],
    compliment: [],
    socialProof: [],
    challengeQuestion: [],
    offer: [
      'arayış\\S* (?:bulunmaktadır|mevcuttur|bulunuyor|olmaktadır|var)',
      '(?:developer|engineer|geliştirici|mühendis\\S*|lead|yönetici\\S*|uzman\\S*) arıyoruz',
      'pozisyon\\S* (?:için|istinaden)',
      `(?:${I}ş|kariyer) fırsat\\S*`,
      'fırsat\\S* (?:açık|değerlendir\\S*)',
      `${I}lginizi çek\\S*`,
      'müşterimiz\\S*',
      'danışmanlığını yürüt\\S*',
      'davet etmek ister\\S*',
    ],
    softCta: [`${I}lgilenir mi(?:siniz|sin)`, 'düşünür mü(?:sünüz|sün)'],
  },
  engagementBait: { agree: [], commentKeyword: [], commentPrompt: [], repost: [], follow: [], linkInComments: [], tagSomeone: [], saveOrLike: [] },
  podPraise: [],
  podReach: [],
};
