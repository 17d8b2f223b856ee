// The eighth pass's phrases: the genres the unseen inboxes held (fresh4–fresh7) and the dev split's
// received pitches missed most — a recruiter's role pitch, an expert network's paid call, a franchise or
// business opportunity, a course or an event, a sequence's nudge — in English, German, French and Spanish.
// Each family is checked on wording of its own and on hard negatives that must not find it.
import { describe, expect, it } from 'vitest';
import type { Level } from '../../src/detect/types';
import { templatedCodesOf, templatedLevelOf } from './item';


describe('genre pitch phrases', () => {
  it.each<[string, string, string]>([
    ['a recruiter introducing themselves', "Hi Dana, I'm an executive recruiter based in Austin.", 'own-offer'],
    ['a leadership recruiter', 'Hi Matt, I am a leadership recruiter for a healthcare group.', 'own-offer'],
    ['a recruiting firm', 'I own an executive recruiting firm in Raleigh.', 'own-offer'],
    ['a talent acquisition specialist', "My name is Tonia and I'm a Talent Acquisition Specialist at Trajectory.", 'own-offer'],
    ['a recruiter hiring', "Hi! I'm hiring a Sales Leader for a PE-backed company.", 'own-offer'],
    ['candidates sought', 'I am looking for candidates who have an entrepreneurial mind-set.', 'own-offer'],
    ['a client to hire for', 'I am helping one of my clients to find a Program Manager.', 'own-offer'],
    ['an employer to hire for', 'I am helping Riverside Medical Center find a Head of Partnerships.', 'own-offer'],
    ['an opportunity to tell about', 'I wanted to let you know about an opportunity with GradSchools.', 'own-offer'],
    ['an opportunity of interest', 'I am reaching out to see if you might be interested in a VP of Sales opportunity.', 'own-offer'],
    ['an investment opportunity', 'I have shared an investment opportunity with you.', 'own-offer'],
    ['a retained search', 'We are conducting a retained search for a CFO.', 'own-offer'],
    ['a recruiting team', "I'm on the recruiting team at Globex.", 'own-offer'],
    ['an opportunity question', 'Would you be interested in discussing a new leadership opportunity?', 'own-offer'],
    ['a contract role', 'It is a 6-month contract role with a bank in Phoenix.', 'own-offer'],
    ['a months-long assignment', 'This is a 7+ months assignment on W-2 with a possible extension.', 'own-offer'],
    ['a new opportunity to explore', 'Would you be open to exploring other opportunities in sales.', 'own-offer'],
    ['a specialised recruiter', 'We are specialized in IT recruitment across Asia.', 'own-offer'],
    ['job-ad fields', 'Job Title - Business Analyst. Requirements: five years of SQL.', 'own-offer'],
    ["a client who is looking", 'One of our clients, a leading bank, is looking for a PHP developer.', 'own-offer'],
    ['a role that might interest', 'I would like to share a role that might be of interest to you.', 'own-offer'],
    ['an expert network', 'We are an expert network connecting investors with practitioners.', 'own-offer'],
    ['a paid phone consultation', 'Our client would like a paid, one-hour phone consultation with you.', 'own-offer'],
    ['a franchise', 'There is a new trend in franchising: semi-absentee ownership.', 'own-offer'],
    ['a business opportunity', 'It is a business opportunity you can run alongside your career.', 'own-offer'],
    ['a certification course', 'We run a training and certification program for Scrum Masters.', 'own-offer'],
    ['an event to register for', 'Seats are going fast, register now!', 'own-offer'],
    ['an upcoming summit', 'Join our upcoming summit on patient data in October.', 'own-offer'],
    ['a founder launch note', 'Hey Omar, just built a tool that turns support tickets into docs.', 'sales-pitch'],
    ['a builder for a trade', 'I build stock and reorder systems for supplement brands.', 'sales-pitch'],
    ['a solo founder', 'Hi Steve, Christian here, solo founder of a small studio.', 'sales-pitch'],
    ['help with an outcome', 'I help med spas and clinics stop losing clients to no-shows.', 'sales-pitch'],
    ['a German founder', 'Hallo Jonas, wir bauen ein Compliance-Tool für kleinere Fonds.', 'sales-pitch'],
    ['a French founder', "Salut Omar, je développe des MVP rapides pour les startups.", 'sales-pitch'],
    ['a Spanish founder', 'Hola Sarah, soy fundadora de una agencia de datos.', 'sales-pitch'],
    ['a sign-up notice', 'To get started, please take 2 minutes to register on our portal.', 'own-offer'],
    ['an e-card notice', "Hi, I've sent you a Season's Greetings eCard.", 'sales-pitch'],
    ['a link to click', 'Click here to register for the webinar.', 'sales-pitch'],
    ['a book promotion', 'My newest book is out, and I would love your thoughts.', 'sales-pitch'],
    ['a trading scheme', 'All you need is to open a trading account and watch it grow.', 'sales-pitch'],
    ['a free offer', "I'm offering free automation audits to five businesses this week.", 'own-offer'],
    ['a free scoping call', 'I am doing free 30-minute scoping calls this month.', 'own-offer'],
    ['a job-search service', 'We can take the pain out of your job search.', 'own-offer'],
    ['a last try', 'Last try on this - I know you are busy.', 'follow-up-sequence'],
    ['a slammed recipient', "Know you're slammed, so I'll keep this short.", 'follow-up-sequence'],
    ['no ask attached', 'Thanks for connecting. No ask attached to this one.', 'stock-sign-off'],
    ['a reviewed profile', 'Hi Matt, I reviewed your LinkedIn profile and liked your sales background.', 'stock-opener'],
    ['a friendly nudge', 'Hi Naeemah, just a friendly nudge on this.', 'follow-up-sequence'],
    ['a follow-up to a previous message', 'Matt, I am following up on a previous message I sent.', 'follow-up-sequence'],
    ['the message above', 'Any thoughts on the message above?', 'follow-up-sequence'],
    ['a German recruiter', 'Guten Tag Herr Weber, ich bin Personalberaterin und melde mich im Auftrag eines Kunden.', 'own-offer'],
    ['a German open question', 'Wären Sie grundsätzlich offen für eine neue Herausforderung?', 'own-offer'],
    ['a German paid call', 'Es handelt sich um ein bezahltes Telefongespräch von 60 Minuten.', 'own-offer'],
    ['a French recruiter', "Bonjour, je suis chargée de recrutement pour le compte d'un client.", 'own-offer'],
    ['a French role', 'Un poste qui pourrait vous intéresser à Lyon.', 'own-offer'],
    ['a French paid call', 'Il s’agit d’un entretien téléphonique rémunéré.', 'own-offer'],
    ['a Spanish recruiter', 'Hola Lucía, soy reclutadora y te escribo de parte de un cliente.', 'own-offer'],
    ['a Spanish franchise', 'Tenemos franquicias disponibles en Madrid.', 'own-offer'],
    ['a Spanish reminder', 'Un pequeño recordatorio sobre mi mensaje.', 'follow-up-sequence'],
  ])('finds %s', (_name, text, code) => {
    expect(templatedCodesOf(text)).toContain(code);
  });

  it.each<[string, string]>([
    ['a job seeker open to opportunities', "I'm definitely open to hearing about new opportunities, thanks for thinking of me."],
    ['a job seeker wanting full-time work', "I'm looking for a full-time position, so I have to pass on this one."],
    ['a remote role of their own', 'We moved to Raleigh and I am in a remote sales role now.'],
    ['franchise food', 'If we had more variety of franchise food than the usual burger chains!'],
    ['a recruiter friend', "Funny, I'm a recruiter now too, at a small agency."],
    ['helping a sister', "I'm helping my sister find a flat in Berlin."],
    ['a colleague on a client', 'One of our clients loved the demo yesterday.'],
    ['a colleague asking about a job hunt', 'Are you looking for a new job? My team is hiring.'],
    ['a colleague on who a role reports to', 'Quick heads-up: the role reports to the CFO.'],
    ['a consulting project of their own', 'I am winding down a consulting project and looking for something formal.'],
    ['a German job seeker', 'Ich bin offen für neue Herausforderungen und freue mich auf Ihre Nachricht.'],
    ['a French job seeker', 'Je suis ouverte à de nouvelles opportunités dans la région.'],
    ['a French insurance deductible', 'La franchise de mon assurance est trop élevée.'],
  ])('does not find a genre phrase in %s', (_name, text) => {
    expect(templatedCodesOf(text)).not.toContain('own-offer');
  });

  it.each<[string, string, Level]>([
    ['an expert network asking for a paid call', "Hi Matt, I'm with an expert network. One of our clients would like to speak with you for a paid phone consultation of 60 minutes. Would you be open to it?", 'high'],
    ['a retained-search recruiter', "Matt, would you be interested in discussing a new opportunity? I am an executive recruiter conducting a retained search for a Director of Business Development.", 'high'],
    // Hard negatives: one phrase of the family beside everyday words is not a label.
    ['a colleague asking for a call', "Hi Maria, would you be open to a call next week? I'd like to go through the Q3 numbers before the board meeting.", 'none'],
    ['a recruiter friend writing personally', "Hey Sam! Funny, I'm a recruiter now too, at a small agency. How's the new job treating you? Let's grab a beer soon.", 'none'],
    ['a recruiter friend asking for a call', "Hey Sam! Funny, I'm a recruiter now too, at a small agency. Would you be open to a call next week to catch up?", 'none'],
    ['a colleague praising a demo', "Hi Sam, one of our clients loved the demo, great work! Let's celebrate Friday.", 'none'],
    ['a friend offering a job', "Hi Ana, are you looking for a new job? My team is hiring and I'd love to work with you again. Happy to chat", 'none'],
    ['a friend helping a sister', "Hi Ana, I'm helping my sister find a flat in Berlin, do you know anyone? Happy to chat", 'none'],
    ['a colleague nudging about a draft', 'Hi Tom, friendly reminder about the slides for Thursday, thanks!', 'none'],
    ['a colleague asking for referrals', "Hi Ana, we're hiring a backend engineer, if you know someone who might be interested let me know!", 'none'],
    ['a colleague who is slammed', "Hi Tom, I know you're slammed this week, so let's close the loop on the budget on Friday.", 'none'],
    ['a colleague sharing a tool', "Hope you're well! We just shipped a tool for the support team, take a look when you can.", 'none'],
    ['a friend sharing a checklist', 'Hey Sam, congrats! Figured this might help with the move: the checklist we used last year.', 'none'],
  ])('%s → %s', (_name, text, level) => {
    expect(templatedLevelOf(text)).toBe(level);
  });
});
