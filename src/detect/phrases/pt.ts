import type { PhraseSet } from './phrase-set';

// Portuguese phrases (ninth pass), for the strongest signals only: recruiters' notes ("estamos com uma vaga
// de …", "processo seletivo") and people promoting a course, a channel or a page to new connections.
// Friends on LinkedIn talk about "vagas" too (the dev split's Portuguese DMs), so the bare word is left out.
export const pt: PhraseSet = {
  language: 'pt',
  templated: {
    opener: ['(?:seu|teu) perfil (?:me )?chamou (?:a )?(?:minha )?atenção', '(?:analisando|tenho acompanhado) (?:o )?seu perfil'],
    courtesy: ['obrigad[oa] pela conexão|agradeço (?:a )?(?:sua )?conexão|por (?:me )?adicionar'],
    connect: [],
    pitch: ['divulg(?:ar|o|ando)', '(?:nosso|meu) canal', 'inscrições|inscreva-se', '(?:curso|webinar|treinamento|workshop) (?:online |gratuito)'],
    callAsk: [],
    followUp: [],
    softClose: ['fico no aguardo'],
    compliment: [],
    socialProof: [],
    challengeQuestion: [],
    offer: [
      '(?:estamos|estou) com (?:uma |algumas )?(?:vagas?|oportunidades?|posição)',
      'tenho uma (?:posição|vaga|oportunidade)',
      'processo seletivo',
      'recrutador[a]?',
      'procurando (?:alguém|profissionais|cientistas|analistas|pessoas)',
    ],
    softCta: ['(?:tem|há) interesse (?:em|\\?)'],
  },
  engagementBait: { agree: [], commentKeyword: [], commentPrompt: [], repost: [], follow: [], linkInComments: [], tagSomeone: [], saveOrLike: [] },
  podPraise: [],
  podReach: [
    "para (?:dar )?(?:mais )?(?:alcance|visibilidade|engajamento)",
    "comentando para (?:dar )?(?:mais )?(?:alcance|visibilidade|engajamento)",
  ],
};
