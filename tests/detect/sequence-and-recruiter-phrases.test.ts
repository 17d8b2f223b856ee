// The ninth pass's phrases: the wording that filled-in templates keep once their placeholders are gone
// (break-up steps, connection asks as questions, who the sender helps, time saved), and how recruiters and
// vendors who work for someone else introduce a role. Each family is checked on wording of its own and on
// hard negatives that must not find it or must not be labelled.
import { describe, expect, it } from 'vitest';
import type { Level } from '../../src/detect/types';
import { templatedCodesOf, templatedLevelOf } from './item';


describe('sequence and recruiter phrases', () => {
  it.each<[string, string, string]>([
    ['a quick tip', 'Hey Ana, quick tip — claiming your business profile is free.', 'stock-opener'],
    ['a random ask', 'Hi Sam, random ask - do you know Omar well enough to intro?', 'stock-opener'],
    ["what they saw you've built", "Omar, saw you've built Fintera to 30 people. Impressive growth.", 'stock-opener'],
    ['a full inbox', 'Maria, I know your inbox is full of people trying to sell you things.', 'stock-opener'],
    ["someone who hopes you don't mind", "I hope you don't mind me reaching out about a role.", 'stock-opener'],
    ['the reason for reaching out', 'The reason for reaching out is to introduce our studio.', 'stock-opener'],
    ['a connection ask as a question', 'I help spa owners fill their calendars. Worth connecting?', 'stock-connect'],
    ['a connection thought', 'Not pitching - just thought we should connect.', 'stock-connect'],
    ['a trade helped', 'I help gym owners convert more trial inquiries into members.', 'sales-pitch'],
    ['someone helped like the recipient', 'I help marketing teams like yours cut wasted spend.', 'sales-pitch'],
    ['something being built', 'I left Acme and have been building something in the dev tools space.', 'sales-pitch'],
    ['a five-minute demo', 'I can show you PoolApp, 5-min demo, no cost.', 'stock-call-ask'],
    ['a quick demo question', 'Open to a quick demo next week?', 'stock-call-ask'],
    ['several tries', "I've reached out a couple times - just want to make sure I'm not missing something.", 'follow-up-sequence'],
    ['a break-up question', 'Omar - should I keep trying or let this go?', 'follow-up-sequence'],
    ['a spared inbox', "Last note from me, don't want to spam your inbox!", 'follow-up-sequence'],
    ['a promise to leave', 'If a short call is useful I am around. If not, I will leave you in peace.', 'follow-up-sequence'],
    ['changing priorities', "If priorities change, here's my link.", 'follow-up-sequence'],
    ['permission to ignore', 'If that sounds familiar, I have ideas. If not, feel free to ignore.', 'stock-sign-off'],
    ['users claimed', '247 recruiters are already using this to screen faster.', 'social-proof'],
    ['time saved', 'They are saving 12 hours/week now.', 'social-proof'],
    ['most people talked to', 'Most teams I talk to deal with the same three problems.', 'social-proof'],
    ['a priority question', 'Is customer retention still a priority at Acme?', 'challenge-question'],
    ['a familiar problem', 'Does that sound familiar?', 'challenge-question'],
    ['something free of charge', 'Happy to walk you through it at no charge.', 'own-offer'],
    ['a recruiter representing a start-up', "I'm representing a US based start-up who are growing their team in Europe.", 'own-offer'],
    ['a recruiter working with clients', 'Currently I am working with 2 clients searching for senior engineers.', 'own-offer'],
    ['people looked for', 'We are currently looking for computer vision tech leaders in Zurich.', 'own-offer'],
    ['an employer hiring', 'I am working with a company in Hamburg who are hiring a new CTO.', 'own-offer'],
    ['a salary field', 'Role: Chief Technology Officer. Salary: up to 150k.', 'own-offer'],
    ['a vacancy', 'We currently have a vacancy which might interest you.', 'own-offer'],
    ['an opening', "It's regarding an opening for a .Net Backend Developer role.", 'own-offer'],
    ['a growing team', 'We are looking to expand our Developers team.', 'own-offer'],
    ['a recruitment team', 'My name is Jasmin, part of the Tech Recruitment team @ Seavus.', 'own-offer'],
    ['a recruiter at a company', "I'm a recruiter at Global IT Support.", 'own-offer'],
    ['an IT need', 'I was wondering if your company has any IT needs?', 'own-offer'],
    ['a wish to tell more', 'Would you like to know more about this?', 'soft-cta'],
    ['a German last try', 'Ich möchte nicht aufdringlich sein – daher mein letzter Versuch.', 'follow-up-sequence'],
    ['a German unanswered note', 'Ich habe versucht, Sie zu erreichen, aber bislang keine Rückmeldung erhalten.', 'follow-up-sequence'],
    ['a German closed request', 'Falls nicht passend, schließe ich die Anfrage.', 'follow-up-sequence'],
    ['a German call with a non-breaking hyphen', 'Wäre ein 15‑minütiges Gespräch sinnvoll?', 'stock-call-ask'],
    ['why they reached out', 'Short version of why I reached out: stock split across warehouses.', 'stock-opener'],
    ['a tool built', 'Built a margin optimization tool that might be relevant.', 'sales-pitch'],
    ['a next level', 'Ready to take it to the next level?', 'sales-pitch'],
    ['a sought-after role', "I've got a sought after opportunity for a CTO.", 'sales-pitch'],
    ['a priority question', 'Is improving your paid ad performance not a priority right now?', 'follow-up-sequence'],
    ['a walk-through offered', 'Happy to walk you through how they did it.', 'stock-sign-off'],
    ['a profile that stands out', 'Your developer expertise on LinkedIn truly stands out!', 'profile-compliment'],
    ['a tiring task', 'Tired of spending hours on resume screening?', 'challenge-question'],
    ['a hiring manager', "I'm Carla and I'm responsible for hiring our EMEA leadership team.", 'own-offer'],
    ["an organisation's needs", "I'd like to know more about your organization's design needs.", 'own-offer'],
    ['several roles', 'I am working on a number of roles in Europe that might be of interest.', 'own-offer'],
    ['an opportunity for a role', 'I have a great opportunity for a Computer Vision Researcher.', 'own-offer'],
    ['a team to add to', 'SMS Assist is looking for to add a Business Analyst to their team.', 'own-offer'],
    ['a new role opened', 'We recently opened a new Senior .NET Engineer role.', 'own-offer'],
    ['professionals like the recipient', 'We help professionals like you connect with the right opportunities.', 'own-offer'],
    ['an inundated inbox', "I am sure you're often inundated with mails and connection requests.", 'stock-opener'],
    ['no reply heard', "Hey John! I haven't heard from you, so maybe you are not interested.", 'follow-up-sequence'],
    ['the message sent', "I'm following up on the message that I sent you 3 days ago.", 'follow-up-sequence'],
    ['an outsourcing vendor', 'Are you familiar with IT outsourcing or outstaffing services?', 'own-offer'],
    ['a team to expand', 'Wondering if you plan to expand your software team this year.', 'own-offer'],
    ['a company that specialises', "I'm Artem, CEO of ArtLabs, a company that specializes in ML.", 'own-offer'],
    ['a connection for opportunities', 'I wanted to connect for future opportunities within computer vision.', 'stock-connect'],
    ['a Dutch job profile', 'Ik wil jou graag een functieprofiel mailen.', 'own-offer'],
    ['a company now hiring', 'We are now hiring PHP developers in Malaysia.', 'own-offer'],
    ['a company the sender works for', 'I work for a company called Central Test that provides assessments.', 'own-offer'],
    ['a question about leads', 'By the way, are you generating any leads from LinkedIn?', 'challenge-question'],
    ['a team building something', "We're building a library of practical AI playbooks.", 'sales-pitch'],
    ['the systems someone builds', 'I build the technical layer — MCP servers, pipelines, TypeScript.', 'sales-pitch'],
    ['another email dropped', 'Tom, dropped you another email about the audit.', 'follow-up-sequence'],
    ['a resource offered', 'Happy to be a resource when it comes up.', 'stock-sign-off'],
    ['a free French guide', 'Je viens de publier un guide gratuit sur la validation.', 'own-offer'],
    ['a French interest', "Je me suis dit que ça pourrait t'intéresser.", 'stock-sign-off'],
    ['a French mutual help', "Peut-être qu'on peut s'entraider !", 'stock-connect'],
    ['a Spanish opener', 'Vi que lideras el equipo de datos en Helios.', 'stock-opener'],
    ['a German exchange', 'Würde mich freuen, mich auszutauschen.', 'stock-connect'],
    ['a German exchange worth having', 'Da Sie im Bereich arbeiten, wäre ein Austausch spannend.', 'stock-call-ask'],
  ])('finds %s', (_name, text, code) => {
    expect(templatedCodesOf(text)).toContain(code);
  });

  it.each<[string, string, string]>([
    ['a colleague letting an argument go', "Honestly I'd let it go, he didn't mean it.", 'follow-up-sequence'],
    ['a colleague asking to meet', 'Should we connect on Tuesday about the launch?', 'stock-connect'],
    ['a friend helping at home', 'I help my mom with her garden on weekends.', 'sales-pitch'],
    ['a job seeker asking about vacancies', 'Are there any vacancies in your team for a data analyst?', 'own-offer'],
    ['a colleague on a role', 'For context on this role: it reports to the CFO.', 'own-offer'],
    ['a friend on openings elsewhere', 'No application is closed for now, follow the official page, they will update new openings.', 'own-offer'],
    ['a friend who is a recruiter now', "Funny, I'm a recruiter now too, at a small agency.", 'own-offer'],
    ['a colleague saving time', 'The new script saves time on every release.', 'social-proof'],
    ['a friend on an amazing position', 'Congrats on your work anniversary! Sounds like an amazing position.', 'sales-pitch'],
    ["a friend on what a company needs", "I have so much stuff to sell and so much stuff your company needs!", 'own-offer'],
    ["a recruiter's signature", 'What is your availability for a quick chat today? Caitlin, Recruitment Consultant at Alderwood', 'own-offer'],
    ['a friend who has not heard', 'Have not heard from you in ages, how are the kids?', 'stock-opener'],
    ['a colleague who sent an email', 'I also sent you an email yesterday regarding the same topic.', 'follow-up-sequence'],
  ])('does not find it in %s', (_name, text, code) => {
    expect(templatedCodesOf(text)).not.toContain(code);
  });

  it.each<[string, string, Level]>([
    ['a break-up step with a familiar problem', "Hi Kenji, is customer retention still a priority at Acme? If that sounds familiar, I've got ideas. If not, feel free to ignore.", 'high'],
    ['a recruiter representing an employer', "Hi John, I'm representing a US based start-up who are growing their computer vision team in Europe. Would you like to know more about this?", 'high'],
    // Hard negatives: a colleague's call ask, a recruiter friend's personal note, a friend's thank-you.
    ['a colleague asking for a call', "Hi Maria, would you be open to a call next week? I'd like to go through the Q3 numbers before the board meeting.", 'none'],
    ['a recruiter friend asking for a call', "Hey Sam! Funny, I'm a recruiter now too, at a small agency. Would you be open to a call next week to catch up?", 'none'],
    ['a friend asking to meet', 'Hi Ana, should we connect on Tuesday? I have news about the move. Happy to chat', 'none'],
    ['a colleague leaving it', "Hi Tom, no worries if the timing is off, let's leave it for now.", 'none'],
    // Hard negatives from the review of the ninth pass: a friend's news, praise, a new pet.
    ['a friend with a new role', 'Hi Tom, I have a new role at Acme! Happy to show you the office when you are in town.', 'none'],
    ['a friend with news of a new role', 'Hi Tom, Ana has a new role at Acme. Happy to show you the photos from her party.', 'none'],
    ['praise for a colleague', 'Hi Tom, we need more people like you here. Happy to walk you through the new office.', 'none'],
    ['a family adding a dog', 'Hi Sam, we are looking to add a dog to the family, any breeders you trust? Feel free to ignore if busy', 'none'],
  ])('%s → %s', (_name, text, level) => {
    expect(templatedLevelOf(text)).toBe(level);
  });
});
