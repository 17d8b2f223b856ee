// The Portuguese phrase list: a recruiter's note and a course promoted to a new connection are found and
// labelled; friends talking about job openings are not.
import { describe, expect, it } from 'vitest';
import type { Level } from '../../../src/detect/types';
import { templatedCodesOf, templatedLevelOf } from '../item';


describe('Portuguese phrases', () => {
  it.each<[string, string, string]>([
    ['an opening', 'Estamos com uma vaga de Analista de BI no grupo.', 'own-offer'],
    ['a selection process', 'Tem interesse em participar do processo seletivo?', 'own-offer'],
    ['a recruiter', 'Sou recrutadora na DataSprints.', 'own-offer'],
    ['people sought', 'Estamos procurando alguém pra integrar nosso time de Data Science.', 'own-offer'],
    ['a profile that caught the eye', 'Seu perfil me chamou a atenção na busca por profissionais de dados.', 'stock-opener'],
    ['thanks for the connection', 'Muito obrigado pela conexão!', 'stock-courtesy'],
    ['a channel promoted', 'Venho divulgar o canal do YouTube da Chef Helô.', 'sales-pitch'],
    ['a free webinar', 'Hoje estou divulgando um webinar gratuito.', 'sales-pitch'],
    ['an interest question', 'Tem interesse em conversar?', 'soft-cta'],
    ['a reply awaited', 'Fico no aguardo de seu breve retorno.', 'stock-sign-off'],
  ])('finds %s', (_name, text, code) => {
    expect(templatedCodesOf(text)).toContain(code);
  });

  it.each<[string, string, Level]>([
    ['a recruiter with an opening', 'Olá Naiara, boa tarde! Tudo bem? Estamos com uma oportunidade para cientista de dados na Cinnecta. Tem interesse em participar do processo seletivo?', 'high'],
    // Hard negatives from how friends write about jobs.
    ['a friend on an opening', 'e por falar nisso, por aqui tem vaga pra java', 'none'],
    ['a friend asking about a job', 'como vc conseguiu essa vaga de assistente? ela existia?', 'none'],
    ['a friend passing a contact on', 'mas acho que uma amiga teria interesse, quer o contato?', 'none'],
  ])('%s → %s', (_name, text, level) => {
    expect(templatedLevelOf(text)).toBe(level);
  });
});
