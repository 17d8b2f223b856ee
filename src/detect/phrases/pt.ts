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
  // Tenth pass, from a Brazilian creators' feed (was-fresh10): the asks Portuguese posts close with.
  engagementBait: {
    agree: ['concorda\\s?\\?', 'concordam\\s?\\?'],
    commentKeyword: ['comente ["“]?\\S{1,20}["”]? (?:aqui|abaixo|que eu|para receber)'],
    commentPrompt: ['comente(?:m)? (?:aqui|abaixo)', 'deixe (?:seu|sua|o seu|a sua) (?:comentário|opinião)', 'conta (?:aqui|nos comentários)'],
    repost: ['compartilhe (?:e ajude|para ajudar|com) (?:a )?(?:sua|seus|quem)', 'compartilhe se', '♻'],
    follow: ['me siga', 'siga-me', 'siga (?:o perfil|a página|para mais)'],
    linkInComments: ['link (?:nos|no primeiro) comentários?', 'link (?:na|no) bio'],
    tagSomeone: ['marca aqui', 'marque (?:alguém|um amigo|aquele amigo|quem)'],
    saveOrLike: ['salve (?:este|esse) post'],
  },
  podPraise: [],
  podReach: [
    "para (?:dar )?(?:mais )?(?:alcance|visibilidade|engajamento)",
    "comentando para (?:dar )?(?:mais )?(?:alcance|visibilidade|engajamento)",
  ],
};
