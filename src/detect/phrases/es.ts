import type { PhraseSet } from './phrase-set';

export const es: PhraseSet = {
  language: 'es',
  templated: {
    opener: [
      "(?:me encontré con|encontré|vi|revisé) tu perfil",
      "espero que (?:estés|esté|te encuentres|se encuentre) (?:muy )?bien",
      "gracias por (?:conectar|aceptar)",
      "me pongo en contacto",
      "te escribo (?:porque|para)",
      "contactos en común",
      "(?:vi|noté) que (?:estás|eres|trabajas)",
    ],
    connect: [
      "(?:me encantaría|me gustaría) (?:conectar|agregarte|añadirte|formar parte)",
      "ampliar mi red",
      "conectemos",
      "conectar contigo",
    ],
    pitch: [
      "ayudamos a",
      "ayudo a",
      "(?:empresas|equipos|clientes) como",
      "oportunidad (?:emocionante|interesante|única)",
    ],
    callAsk: [
      "(?:una )?(?:breve|rápida|corta|pequeña) (?:llamada|reunión|charla|videollamada)",
      "\\d+ minutos",
      "(?:abierto|abierta|disponible) (?:a|para) (?:una|un) (?:llamada|charla|conversación|café)",
      "agendar (?:una )?(?:llamada|reunión)",
    ],
    followUp: [
      "(?:hago|te hago|quería hacer) (?:un )?seguimiento",
      "quería dar seguimiento",
      "retomo",
      "mi (?:último|anterior) mensaje",
      "no te preocupes si",
      "último mensaje",
    ],
    softClose: ["sin compromiso", "quedo atento", "quedo atenta"],
  },
  engagementBait: {
    agree: ["¿?(?:estás|están|estáis) de acuerdo\\s?\\?"],
    commentKeyword: ["comenta [\"“]?\\S{1,20}[\"”]?", "en los comentarios"],
    repost: ["comparte (?:si|este|esta)", "♻"],
    follow: ["sígueme(?: para más)?"],
    linkInComments: ["enlace en (?:los |el primer )?comentarios?"],
    tagSomeone: ["etiqueta a (?:alguien|un amigo|una persona)"],
    saveOrLike: ["guarda (?:este|esta) (?:post|publicación)"],
  },
  podPraise: [
    "gracias por compartir",
    "excelente (?:post|publicación|aporte|artículo)",
    "muy (?:interesante|inspirador|cierto|bueno|útil)",
    "felicidades",
    "enhorabuena",
    "gran (?:aporte|post|publicación)",
    "totalmente de acuerdo",
  ],
};
