import { describe, expect, it } from 'vitest';
import { readsAsTrainedLanguage, TRAINED_LANGUAGE_SHARE, trainedLanguageShare } from '../../src/detect/trained-language';

describe('reads as a language the outreach model learnt', () => {
  it.each<[string, string, boolean]>([
    ['an English pitch', 'Hi Maria, I help SaaS founders turn cold outreach into booked meetings without hiring more SDRs. Would it make sense to share how?', true],
    ['an English note from a colleague', 'Can you send me the updated spreadsheet before the meeting tomorrow? I want to check the totals first.', true],
    ['a German pitch', 'Hallo Herr Weber, ich bin auf Ihr Profil gestoßen und würde mich gerne mit Ihnen über Ihre Vertriebsziele austauschen.', true],
    ['a French pitch', 'Bonjour Claire, je vous contacte car nous aidons les cabinets comme le vôtre à gagner du temps sur la facturation.', true],
    ['a Spanish pitch', 'Hola Ana, vi que lideras el equipo de ventas en tu empresa. Trabajo con empresas como la tuya y me gustaría conectar.', true],
    // fresh6's genuine DMs were Portuguese; the model never saw the language and fired alone on one.
    ['a Portuguese everyday message', 'hummm, acho que vc talvez esteja buscando mais análise de dados ou análise de BI, não ciência de dados :)', false],
    ['a Portuguese thank-you', 'Oi Naiara, muito obrigado pela ajuda com o projeto! Consegui rodar o modelo e os resultados ficaram ótimos, depois te mando.', false],
    ['an Italian everyday message', 'Ciao Marco, ho visto il tuo messaggio solo adesso. Possiamo sentirci domani mattina per parlare del progetto?', false],
    ['no words at all', '🙂 👍 2024', false],
  ])('%s → %s', (_name, text, trained) => {
    expect(readsAsTrainedLanguage(text)).toBe(trained);
  });

  it('counts stop words of one language at a time, not of all four together', () => {
    // Two words of each language among forty: 20 % of all four, 5 % of any one.
    const mixed = `the and der und les des los las ${'palavra '.repeat(32)}`;
    expect(trainedLanguageShare(mixed)).toBeCloseTo(0.05);
    expect(readsAsTrainedLanguage(mixed)).toBe(false);
  });

  it('counts a word every language lists for each of them ("en" is French and Spanish)', () => {
    expect(trainedLanguageShare('en en en en y')).toBe(1);
    expect(trainedLanguageShare('en en en en et')).toBe(1);
  });

  it('sets the bar where a tenth of the words are one language’s stop words', () => {
    const words = (hits: number): string => `${'the '.repeat(hits)}${'palavra '.repeat(20 - hits)}`;
    expect(readsAsTrainedLanguage(words(Math.ceil(20 * TRAINED_LANGUAGE_SHARE)))).toBe(true);
    expect(readsAsTrainedLanguage(words(Math.ceil(20 * TRAINED_LANGUAGE_SHARE) - 1))).toBe(false);
  });
});
