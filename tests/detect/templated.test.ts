import { describe, expect, it } from 'vitest';
import { detect, signalsOf } from '../../src/detect/index';
import { OUTREACH_CODE, OUTREACH_TIER } from '../../src/detect/reads-like-outreach';
import { verdictFrom } from '../../src/detect/score';
import { DECISIVE_RULES, TEMPLATED_WEIGHTS, templatedScoreCap, templatedWeights } from '../../src/detect/templated';
import type { Item, Level, Sensitivity } from '../../src/detect/types';
import { item } from './item';

function templated(subject: Item, sensitivity: Sensitivity = 'balanced') {
  return detect(subject, { sensitivity }).find((verdict) => verdict.pattern === 'templated');
}

describe('templated', () => {
  it.each<[string, Item, Level | 'none']>([
    ['a raw template with placeholders', item({ kind: 'message', text: 'Hey {{first_name}}, saw you attended {{event_name}}. What was your biggest takeaway?' }), 'high'],
    ['a bracket placeholder left in a note', item({ kind: 'invite', text: 'Hi [First Name], thanks for connecting.' }), 'high'],
    ['a filled recruiter pitch', item({ kind: 'message', text: 'Hi Sarah, I came across your profile and was impressed by your experience. We have an exciting opportunity that might be a great fit. Would you be open to a quick chat?' }), 'high'],
    // Seventh pass: refitted on the grown dev, two follow-up steps alone (no greeting, no pitch) sat just
    // below 'high' (-6.37 + 2 × 3.04). Eighth pass: with dev8 and the new phrases the bias is -5.84, and
    // two follow-up steps label again.
    ['a break-up promising to stop', item({ kind: 'message', text: "Jonas, last email from me. I'm going to stop reaching out after this." }), 'high'],
    ['a break-up message', item({ kind: 'message', text: "Hi Tom, last note, promise. Reached out a few times and totally understand if the timing is off. If pipeline ever moves up the priority list at Northwind, happy to reconnect." }), 'high'],
    ['a German connection note', item({ kind: 'invite', text: 'Hallo Jonas, ich bin auf Ihr Profil gestoßen und würde mich gerne mit Ihnen vernetzen.' }), 'high'],
    ['a French follow-up', item({ kind: 'message', text: 'Bonjour Amélie, je me permets de vous relancer suite à mon dernier message. Seriez-vous disponible pour un échange rapide de 15 minutes ?' }), 'high'],
    ['a Spanish connection note', item({ kind: 'invite', text: 'Hola Lucía, vi tu perfil y me encantaría conectar contigo. Ayudamos a empresas como la tuya a crecer.' }), 'high'],
    ['a colleague asking for a call', item({ kind: 'message', text: "Hi Maria, would you be open to a call next week? I'd like to go through the Q3 numbers before the board meeting." }), 'none'],
    ['a colleague proposing a quick call and sharing a draft', item({ kind: 'message', text: 'Hey Tom, thanks for the notes from yesterday. Could we have a quick call on Thursday about the migration plan? Happy to share my draft before then.' }), 'none'],
    ['a colleague checking in on a contract', item({ kind: 'message', text: 'Just checking in — did you get a chance to look at the contract draft I sent on Monday?' }), 'none'],
    ['a thank-you', item({ kind: 'message', text: 'Thanks a lot for covering for me at the review, I owe you one.' }), 'none'],
    ['ok', item({ kind: 'message', text: 'ok' }), 'none'],
    // Short filled-in templates whose two phrases are each mild, and which the outreach model does not read as outreach: since
    // a genuine informational-interview request ("Your professional journey really stood out to me …
    // I would really appreciate a brief call", a real LinkedIn DM) joined dev in the fourth pass, the
    // bias sits above two middling phrases, and such notes are at most a hint (fifth pass: below it).
    ['a German claimed result and soft ask', item({ kind: 'message', text: 'Hallo Jonas, ein Kunde spart damit 10 Stunden pro Woche. Wäre so etwas auch für Sie interessant?' }), 'none'],
    // The sender describing their own offer (fifth pass): received pitches carry few stock phrases, but
    // they say what the sender sells. Two such phrases, or one beside an ask or another kind, label.
    ['a free consultation and a call ask', item({ kind: 'message', text: 'Hi Jaclyn, we are offering a free consultation this month. Would you be open to a quick call?' }), 'high'],
    ['an agency owner introducing themselves', item({ kind: 'message', text: 'Hey Mark, a bit of intro: I run a small design agency and we would be happy to support your launch.' }), 'high'],
    ['a recruiter naming the pay rate', item({ kind: 'message', text: 'Hi, I am contacting you for a Content Designer role for our client, a contract with a pay rate of $67/hr. Your profile is a perfect fit for this opportunity.' }), 'high'],
    ['a German free first consultation', item({ kind: 'message', text: 'Hallo Jonas, unser Angebot: eine kostenlose Erstberatung für Ihr Team. Hätten Sie Zeit für ein kurzes Gespräch?' }), 'high'],
    ['a French free audit', item({ kind: 'message', text: 'Bonjour Amélie, nous proposons un audit gratuit de votre site. Seriez-vous disponible pour un échange rapide ?' }), 'high'],
    ['a Spanish free consultation', item({ kind: 'message', text: 'Hola Lucía, ofrecemos una consulta gratuita para equipos como el tuyo. ¿Tienes 15 minutos esta semana?' }), 'high'],
    ['one offer phrase alone', item({ kind: 'message', text: 'Atharva can we schedule a call so i can explain you about our services' }), 'none'],
    // Hard negatives for the offer phrases: colleagues offering help, or talking about their own clients and team.
    ['a colleague offering to help', item({ kind: 'message', text: 'Hi Sam, happy to help with the move. I can help you pack on Saturday, just let me know.' }), 'none'],
    ['a colleague whose platform team can help', item({ kind: 'message', text: 'Hi Ana, our platform team can help you with the migration. Can we have a quick call on Thursday?' }), 'none'],
    ['a colleague on how the clients liked a demo', item({ kind: 'message', text: 'Our clients loved the demo yesterday, great job everyone!' }), 'none'],
    ['a German colleague offering help', item({ kind: 'message', text: 'Hallo Jonas, ich kann dir helfen, die Folien fertig zu machen. Hast du Zeit morgen früh?' }), 'none'],
    ['a reply that the team is full', item({ kind: 'message', text: "Hi there! We aren't really in the market to add to our team at the moment, but I'll keep you in mind if things change. Thanks!" }), 'none'],
    // Hard negatives: everyday kinds of evidence, or one opener-like phrase beside a greeting.
    ['a colleague asking for a call, no rush', item({ kind: 'message', text: 'Hi Tom, would you be open to a call next week? No rush, whenever suits.' }), 'none'],
    ['a colleague following up by name', item({ kind: 'message', text: 'Hi Ana, just following up on the budget sheet, could you send it over today?' }), 'none'],
    ['a colleague who liked a post', item({ kind: 'message', text: 'Hi Ana, loved your post on pricing, we hit the same wall at Acme last year.' }), 'none'],
    ['a colleague quoting a result', item({ kind: 'message', text: 'Numbers are in: churn went from 5% to 3% after the change. Can we review on Friday?' }), 'none'],
    // Hard negatives from real LinkedIn messages and mailing lists (the genuine corpus since the third pass).
    ['a one-tap congratulation', item({ kind: 'message', text: 'Hi Ana, congrats on the new job! So happy for you, they are lucky to have you.' }), 'none'],
    ['a group note reaching out further down', item({ kind: 'message', text: "Hi everyone, I hope you're all doing well. Would you be open to a first group video call next Wednesday at 7 PM? Just something informal to introduce ourselves and get to know each other. Slack is still new to me, so I'm reaching out on LinkedIn instead." }), 'none'],
    ['one turn of phrase used twice', item({ kind: 'message', text: 'Big vendors like to say it scales. Companies like Sun ship it on every box, and companies like IBM sell support for it, so it is not going away.' }), 'none'],
    ['a mailing-list reply quoting [Tim]', item({ kind: 'message', text: '[Tim] wrote that the fix is in CVS. Has anyone tried it with the new build? I get the same error with [rpm package] installs.' }), 'none'],
    ['a friend catching up', item({ kind: 'message', text: 'Hope the new job is treating you well! Would love to catch up over a quick call soon, it has been too long.' }), 'none'],
    // Phrase families written from the dev split's cross-validated misses (third pass).
    // Fifth pass: the bias counts the greeting's weight, and sits below a real VC's cold note (a pitch, a
    // soft ask and a greeting), so a pitch and a follow-up beside a greeting are a hint, not a label.
    // Eighth pass: at bias -5.84 a pitch and a follow-up beside a greeting label again.
    ['a German follow-up asking whether the note arrived', item({ kind: 'message', text: 'Hallo Jonas, ich wollte kurz fragen, ob meine Nachricht von letzter Woche angekommen ist. Wir helfen Beratern, Zeit zu sparen.' }), 'high'],
    ['a demo invitation', item({ kind: 'message', text: "Hey Amélie, I'm hosting a quick demo of our lead engine for a few brokers next week. Would you like a link to the recording?" }), 'none'],
    // New wording: a stock pitch corroborated by the outreach model.
    ['a founder pitch in words of its own', item({ kind: 'message', text: 'Hi Maria, I help SaaS founders turn cold outreach into booked meetings without hiring more SDRs. Most teams I work with double their reply rates within a month. Would it make sense to share how?' }), 'high'],
  ])('%s → %s', (_name, subject, expected) => {
    expect(templated(subject)?.level ?? 'none').toBe(expected);
  });

  // Short notes whose two phrases are each mild sit at the edge of 'low', and each refit moves them
  // across it (ninth pass: claimed results and a soft ask went from 'none' to 'low'); what must hold is
  // that they never label.
  it.each<[string, Item]>([
    ['claimed results and a soft ask', item({ kind: 'message', text: 'Hi Priya, one of our clients cut their month-end close by 40% last quarter. Worth a chat to see if that applies to Globex?' })],
  ])('%s is at most a hint', (_name, subject) => {
    expect(templated(subject)?.level).not.toBe('high');
  });

  // A compliment and a wish to talk beside a greeting sit at the edge of 'low' (seventh pass: 'low'; eighth
  // pass, bias -5.97: just below it), and each refit moves them across it; what must hold is that they
  // never label.
  it('a French compliment and a wish to talk is at most a hint', () => {
    const note = item({ kind: 'message', text: "Bonjour Claire, je suis fascinée par votre parcours dans l'édition. J'aimerais beaucoup en discuter avec vous." });
    expect(signalsOf(note, 'templated').map((signal) => signal.code)).toEqual(expect.arrayContaining(['profile-compliment', 'stock-call-ask']));
    expect(templated(note)?.level ?? 'none').not.toBe('high');
  });

  it('quotes the phrases it found as reasons', () => {
    const verdict = templated(item({ kind: 'message', text: 'Hi {{first_name}}, I came across your profile and would love to connect.' }));
    const texts = verdict?.reasons.map((reason) => reason.text) ?? [];
    expect(texts).toContain('Unfilled placeholder “{{first_name}}”');
    expect(texts.some((text) => text.includes('i came across your profile'))).toBe(true);
  });

  it('one stock phrase alone is never high, even when strict', () => {
    const colleague = item({ kind: 'message', text: 'Would you be open to a quick chat about the offsite agenda?' });
    expect(templated(colleague, 'balanced')).toBeUndefined();
    expect(templated(colleague, 'strict')?.level ?? 'none').not.toBe('high');
    expect(signalsOf(colleague, 'templated').map((signal) => signal.code)).toEqual(['stock-call-ask']);
  });

  it('a booking link in a first message is a reason, not in a reply', () => {
    const text = 'Hi Omar, we help logistics teams cut detention fees. Grab a slot here: https://calendly.com/alex/15min';
    expect(templated(item({ kind: 'message', text, isFirstInThread: true }))?.reasons.map((r) => r.code)).toContain('booking-link-first');
    expect(templated(item({ kind: 'message', text, isFirstInThread: false }))?.reasons.map((r) => r.code) ?? []).not.toContain('booking-link-first');
  });

  it('a booking link where the thread is unknown is an ask that needs company, not evidence alone', () => {
    const reply = 'Lovely to hear from you! Here is my virtual coffee calendar: https://calendly.com/ana/30min';
    const unknown = signalsOf(item({ kind: 'message', text: reply }), 'templated').map((signal) => signal.code);
    expect(unknown).toEqual(['stock-call-ask', 'booking-link']);
    expect(templated(item({ kind: 'message', text: reply }))).toBeUndefined();
    expect(templated(item({ kind: 'message', text: reply, isFirstInThread: true }))?.level).toBe('high');
    const pitch = 'Hi Omar, we help logistics teams cut detention fees. Grab a slot here: https://calendly.com/alex/15min';
    expect(templated(item({ kind: 'message', text: pitch }))?.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['sales-pitch', 'booking-link']));
    expect(signalsOf(item({ kind: 'invite', text: 'Pick a time: https://calendly.com/alex/15min' }), 'templated').map((signal) => signal.code)).toContain('booking-link-first');
  });

  it('the same text from other senders makes an otherwise plain message templated', () => {
    const text = 'Hey Priya, noticed you are hiring SDRs this quarter. What is your plan for ramping them?';
    expect(templated(item({ kind: 'message', text }))?.level ?? 'none').not.toBe('high');
    const repeated = templated(item({ kind: 'message', text, sameTextSenders: 3 }));
    expect(repeated?.level).toBe('high');
    expect(repeated?.reasons.map((reason) => reason.text)).toContain('Same text from 3 other senders');
  });

  it.each<[string, string, string[]]>([
    ['a site in a pitch', 'We build websites for founders: www.example-studio.com', ['site-link']],
    ['an https link', 'Here is the article I mentioned https://example.com/post', ['site-link']],
    ['a booking link is not also a site', 'Grab a slot: https://calendly.com/alex/15min', ['booking-link']],
    ['a bare domain without www', 'visit example.com for details', []],
  ])('a link to a website is everyday evidence: %s', (_name, text, codes) => {
    const found = signalsOf(item({ kind: 'message', text }), 'templated').map((signal) => signal.code);
    expect(found.filter((code) => code.endsWith('link'))).toEqual(codes);
  });

  it('a link corroborates the sender\'s own offer, and alone or beside a greeting does not label', () => {
    const cap = (text: string) => templatedScoreCap(signalsOf(item({ kind: 'message', text }), 'templated'));
    expect(cap('Our agency builds websites for founders, see www.example-studio.com')).toBe(1);
    expect(cap('Hi Ana, here is the article I mentioned: https://example.com/post')).toBe(0.3);
  });

  it('only looks at messages and invitations', () => {
    expect(templated(item({ kind: 'post', text: 'Hi {{first_name}}, I came across your profile.' }))).toBeUndefined();
  });

  it('names a P.S. and a soft call to action, and quotes a meeting ask once', () => {
    const texts = templated(item({ kind: 'message', text: 'Hi Omar, we help teams like yours cut churn by 20%. Open to a quick call?\nP.S. Saw the new office!' }))?.reasons.map((r) => r.code) ?? [];
    expect(texts).toEqual(expect.arrayContaining(['sales-pitch', 'social-proof', 'stock-call-ask', 'ps-line']));
    expect(texts).not.toContain('soft-cta');
  });

  it('a greeting corroborates a pitch, not an opener', () => {
    const cap = (text: string) => templatedScoreCap(signalsOf(item({ kind: 'invite', text }), 'templated'));
    expect(cap('Hi Kenji, we help logistics teams get paid faster.')).toBe(1);
    expect(cap('We help logistics teams get paid faster.')).toBeLessThanOrEqual(0.3);
    expect(cap('Hi Kenji, loved your post on freight pricing.')).toBeLessThanOrEqual(0.3);
  });

  it('thanks for connecting is everyday evidence: it corroborates a pitch, and a meeting ask does not corroborate it', () => {
    const cap = (text: string) => templatedScoreCap(signalsOf(item({ kind: 'message', text }), 'templated'));
    const reply = "Thanks for connecting with me. I'll schedule some time on your calendar to meet.";
    expect(signalsOf(item({ kind: 'message', text: reply }), 'templated').map((signal) => signal.code)).toEqual(['stock-courtesy', 'stock-call-ask']);
    expect(cap(reply)).toBeLessThanOrEqual(0.3);
    expect(cap('Thanks for connecting! We help event agencies automate their planning.')).toBe(1);
    expect(cap('Danke fürs Vernetzen! Kurze Frage zu Ihrem Team.')).toBe(1);
    const german = 'Vielen Dank für die Vernetzung, und bis bald in Berlin!';
    expect(signalsOf(item({ kind: 'message', text: german }), 'templated').map((signal) => signal.code)).toContain('stock-courtesy');
    expect(cap(german)).toBeLessThanOrEqual(0.3);
  });

  it("the outreach model's lower tier leads: a meeting ask or a sign-off corroborates it, nothing else alone", () => {
    const model = { code: OUTREACH_CODE, text: 'Reads like outreach', strength: OUTREACH_TIER.corroborated };
    expect(templatedScoreCap([model])).toBeLessThanOrEqual(0.3);
    expect(templatedScoreCap([model, { code: 'greeting-name' }])).toBeLessThanOrEqual(0.3);
    expect(templatedScoreCap([model, { code: 'stock-call-ask' }])).toBe(1);
    expect(templatedScoreCap([model, { code: 'stock-sign-off' }])).toBe(1);
    expect(templatedScoreCap([{ ...model, strength: OUTREACH_TIER.alone }])).toBe(1);
    expect(templatedScoreCap([{ code: 'stock-call-ask' }, { code: 'stock-sign-off' }])).toBeLessThanOrEqual(0.3);
  });

  // Seventh pass: the lower tier weighs the full alone margin and the cap decides, so whatever kind
  // corroborates it (the lightest: a link, a P.S.) the verdict is 'high'; uncorroborated it stays below 'low'.
  it.each<[string, string[], Level | undefined]>([
    ['with a sign-off', ['stock-sign-off'], 'high'],
    ['with a link to a website', ['site-link'], 'high'],
    ['with a P.S.', ['ps-line'], 'high'],
    ['with a greeting only', ['greeting-name'], undefined],
    ['alone', [], undefined],
  ])("the outreach model's lower tier %s → %s", (_name, codes, level) => {
    const model = { code: OUTREACH_CODE, text: 'Reads like outreach', strength: OUTREACH_TIER.corroborated };
    const signals = [model, ...codes.map((code) => ({ code, text: code }))];
    expect(verdictFrom('templated', signals, TEMPLATED_WEIGHTS, 'balanced', templatedScoreCap)?.level).toBe(level);
  });

  it('decisive rules clear the bias alone whatever it is', () => {
    for (const bias of [-4, -6.25, -9]) {
      const weights = templatedWeights({ bias, rules: { 'placeholder-unfilled': 1, 'stock-opener': 3 } });
      for (const code of DECISIVE_RULES) expect(weights.bias + (weights.rules[code] ?? 0)).toBeGreaterThanOrEqual(0.5 - 0.01);
    }
  });

  // Phrases written from the dev split's misses in the fourth pass (none of them in a genuine message of dev or held-out).
  it.each<[string, string]>([
    ["Jonas, last email from me. I'm going to stop reaching out after this.", 'follow-up-sequence'],
    ['did my last message go through?', 'follow-up-sequence'],
    ['Hi Maria, Tom speaks highly of you.', 'stock-opener'],
    ["Hi Jaclyn, it's a pleasure to e-meet you!", 'stock-opener'],
    ["It'd be great to connect!", 'stock-connect'],
    ['Salut Sarah, ravi de connecter !', 'stock-connect'],
    ['Hallo Maria, vernetzen wir uns?', 'stock-connect'],
    // Ninth pass: Dutch and Turkish greetings.
    ['Beste John, hoe gaat het?', 'greeting-name'],
    ['Goedemorgen John, even een vraag.', 'greeting-name'],
    ['Merhaba Uğurhan Bey, nasılsınız?', 'greeting-name'],
  ])('finds %s as %s', (text, code) => {
    expect(signalsOf(item({ kind: 'message', text }), 'templated').map((signal) => signal.code)).toContain(code);
  });

  it('does not read a German closing as a greeting', () => {
    expect(signalsOf(item({ kind: 'message', text: 'Beste Grüße, Anna' }), 'templated').map((signal) => signal.code)).not.toContain('greeting-name');
  });

  it('reads a bracket placeholder with accents as unfilled', () => {
    expect(templated(item({ kind: 'invite', text: 'Bonjour [Prénom], ravi de me connecter.' }))?.reasons.map((r) => r.code)).toContain('placeholder-unfilled');
  });
});
