// The Dutch phrase list: a recruiter's or vendor's note and its follow-up are found and labelled; a
// colleague's coffee invitation, a contact added after a conference and a thank-you are not.
import { describe, expect, it } from 'vitest';
import type { Level } from '../../../src/detect/types';
import { templatedCodesOf, templatedLevelOf } from '../item';


describe('Dutch phrases', () => {
  it.each<[string, string, string]>([
    ['a vacancy', 'Wanneer heb je tijd om deze vacature te bespreken?', 'own-offer'],
    ['a developer sought', 'Ik ben momenteel op zoek naar een ervaren C++ Developer.', 'own-offer'],
    ['a headhunter', 'Als headhunter heb ik de opdracht gekregen van een klant.', 'own-offer'],
    ['a next step', 'Ik ben benieuwd of je toe bent aan een volgende stap.', 'own-offer'],
    ['developers on offer', 'Wij hebben 350+ beschikbare ontwikkelaars verzameld.', 'own-offer'],
    ['something to offer', 'Wellicht kunnen we eens iets voor je betekenen.', 'own-offer'],
    ['a found profile', 'Jouw profiel kwam ik tegen en ik zie dat je openstaat voor een nieuwe uitdaging.', 'stock-opener'],
    ['thanks for accepting', 'Bedankt voor het accepteren van mijn connectieverzoek.', 'stock-courtesy'],
    ['companies like yours', 'SHORE teams helpt bedrijven zoals die van jullie om te groeien.', 'sales-pitch'],
    ['a previous message', 'Ik wilde even opvolgen op mijn vorige bericht.', 'follow-up-sequence'],
    ['a nudge', 'Heb je hier al naar kunnen kijken?', 'follow-up-sequence'],
    ['a reply hoped for', 'Ik hoor graag je reactie.', 'stock-sign-off'],
  ])('finds %s', (_name, text, code) => {
    expect(templatedCodesOf(text)).toContain(code);
  });

  it.each<[string, string, Level]>([
    ['a recruiter with a role', 'Hallo John, Jouw profiel kwam ik tegen en ik zie dat je openstaat voor een nieuwe uitdaging? Voor jou heb ik een interessante functie openstaan bij een bedrijf in de buurt.', 'high'],
    ['a vendor following up', 'Hallo John, Ik wilde even een herinnering sturen over mijn vorige e-mail. Onze expertise ligt in het helpen van bedrijven zoals jullie.', 'high'],
    // Hard negatives from how Dutch colleagues write on LinkedIn.
    ['a colleague asking for coffee', 'Dag Mark, ik heb woensdag afspraken in Eindhoven. Tijd ergens in de ochtend voor een kop koffie? Groeten John', 'none'],
    ['a contact added after a conference', 'Leuk je ontmoet te hebben op NCCV, ik wil je graag toevoegen aan mijn netwerk op LinkedIn.', 'none'],
    ['a colleague on a new job', 'Hoe gaat het met jouw nieuwe uitdaging?', 'none'],
    ['a colleague still waiting', 'Helaas nog geen reactie van Meir ontvangen', 'none'],
    ['a thank-you', 'Dankjewel John 😊', 'none'],
    ['a friend passing on a vacancy for a brother', 'Beste Jan, er staat een vacature bij ons op de site, misschien iets voor je broer? Ik hoor graag van je', 'none'],
  ])('%s → %s', (_name, text, level) => {
    expect(templatedLevelOf(text)).toBe(level);
  });
});
