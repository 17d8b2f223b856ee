// Templated prospecting: a message or invitation note written once and sent to many.
import { templatedPhrases } from './phrases/compiled';
import type { TemplatedPhrases } from './phrases/phrase-set';
import { PLACEHOLDER } from './placeholder';
import { OUTREACH_CODE, OUTREACH_TIER, outreachSignal } from './reads-like-outreach';
import type { RuleWeights, Signal } from './score';
import { quote, type TextView } from './text-view';
import { TUNED_WEIGHTS } from './tuned-weights';
import type { Item } from './types';

const BOOKING_LINK = /calendly\.com|(?:^|[/.\s])cal\.com\/|meetings\.hubspot\.com|hubspot\.com\/meetings|savvycal\.com|zcal\.co|tidycal\.com|youcanbook\.me|acuityscheduling\.com|chilipiper\.com|calendar\.app\.google|koalendar\.com/i;
// A link to the sender's own site or offer ("visit zeroschools.com", "www.whitelance.co"): pitches point
// somewhere; everyday, since people share articles too.
const SITE_LINK = /https?:\/\/\S|(?:^|\s)www\.\S/i;
// Dutch and Turkish greetings since the ninth pass ("Beste John", "Merhaba Uğurhan Bey"); "Beste Grüße"
// closes a German note, it does not open one.
const GREETING_NAME = /^\s*(?:[Hh]i|[Hh]ey|[Hh]ello|[Dd]ear|[Hh]allo|[Bb]onjour|[Hh]ola|[Ss]alut|[Gg]uten [Tt]ag|[Bb]este(?! [Gg]r)|[Hh]oi|[Gg]oedemorgen|[Gg]oedemiddag|[Mm]erhaba(?:lar)?|[Ss]elam(?:lar)?)[ ,]+(?:\{|\[|\p{Lu})/u;

const PHRASE_SIGNALS: readonly { key: keyof TemplatedPhrases; code: string; label: string }[] = [
  { key: 'opener', code: 'stock-opener', label: 'Stock opener' },
  { key: 'courtesy', code: 'stock-courtesy', label: 'Stock courtesy' },
  { key: 'connect', code: 'stock-connect', label: 'Stock connection request' },
  { key: 'pitch', code: 'sales-pitch', label: 'Sales pitch' },
  { key: 'callAsk', code: 'stock-call-ask', label: 'Stock meeting ask' },
  { key: 'followUp', code: 'follow-up-sequence', label: 'Follow-up sequence' },
  { key: 'softClose', code: 'stock-sign-off', label: 'Stock sign-off' },
  { key: 'compliment', code: 'profile-compliment', label: 'Stock compliment' },
  { key: 'socialProof', code: 'social-proof', label: 'Results claimed for others' },
  { key: 'challengeQuestion', code: 'challenge-question', label: 'Asks about your pain points' },
  { key: 'offer', code: 'own-offer', label: 'Describes their own offer' },
  { key: 'softCta', code: 'soft-cta', label: 'Soft call to action' },
];

// A postscript is a sequence-tool habit ("P.S. saw you're hiring"); colleagues rarely add one to a chat.
const PS_LINE = /^\s*p\.?\s?s\b/im;

/** Every rule code this detector can emit. */
export const TEMPLATED_RULES: readonly string[] = [
  'placeholder-unfilled',
  ...PHRASE_SIGNALS.map(({ code }) => code),
  'booking-link-first',
  'booking-link',
  'ps-line',
  'site-link',
  'greeting-name',
  OUTREACH_CODE,
  'same-text-senders',
  'same-text-many-senders',
];

// Evidence enough alone (see the cap below) must also weigh enough alone: the fitted weight of a
// placeholder is small because templates with placeholders nearly always carry stock phrases too. So
// each such rule weighs at least ALONE_MARGIN past the bias. The same text from other senders and the
// outreach model's weight are set this way by hand, since neither can be fitted on dev: the corpora
// have no real sender data, and the model was trained on dev and fires on nearly every template there.
// Its lower tier (strength 1) clears the bias by the same margin, and the cap below decides: with
// another kind beside it, it labels; without, it is held at 0.3. Weighing it half (until the seventh
// pass) left a lower tier corroborated by a sign-off or a link below 'high', against what the
// cut-off's calibration allows; the alone tier (strength 2) is never capped.
const ALONE_MARGIN = 0.5;
/** Rules that are evidence enough alone: raised past any bias, and never capped. */
export const DECISIVE_RULES: ReadonlySet<string> = new Set(['placeholder-unfilled', 'same-text-senders', 'booking-link-first']);

/** The detector's weights from the tuned ones: hand-set rules added, decisive rules raised to clear the bias alone. */
export function templatedWeights(tuned: RuleWeights): RuleWeights {
  const alone = Math.round((ALONE_MARGIN - tuned.bias) * 100) / 100;
  const rules: Record<string, number> = { ...tuned.rules, 'same-text-many-senders': 1.5, [OUTREACH_CODE]: alone };
  for (const code of DECISIVE_RULES) rules[code] = Math.max(rules[code] ?? 0, alone);
  return { bias: tuned.bias, rules };
}

export const TEMPLATED_WEIGHTS: RuleWeights = templatedWeights(TUNED_WEIGHTS.templated);

// Colleagues write "would you be open to a call?" or "happy to share my draft" too, and the genuine
// corpora have too few LinkedIn-style messages to teach the weights that. So a verdict above 'low'
// needs corroboration: two kinds of evidence, at least one of them a strong stock phrase (opener,
// connection request, pitch, follow-up step, the sender describing their own offer) or a prospecting shape (a compliment on their profile,
// results claimed for others, a question about their pain). Everyday kinds — a meeting ask (soft or
// stock, one kind), a stock sign-off, thanks for connecting, a P.S., a link — only count as the second kind. A greeting with a name
// is everyday too, and counts only beside a connection request or a pitch: "Hi Tom, just following
// up" or "Hi Ana, loved your post on pricing" is how colleagues write too. An unfilled placeholder, a
// repeat from other senders or a booking link in a first message is evidence enough alone. Wording
// that reads like outreach to the n-gram model counts by how far past its cross-validated cut-offs
// it reads (reads-like-outreach.ts): as a leading kind, which any other kind corroborates, or alone.
// It may lead because it never reads the stock phrases it would be corroborated by, so a colleague's
// meeting ask is not counted twice.
const STRONG = new Set(['stock-opener', 'stock-connect', 'sales-pitch', 'follow-up-sequence', 'own-offer']);
const COLD_START = new Set(['stock-connect', 'sales-pitch', 'own-offer']);
const SHAPE = new Set(['profile-compliment', 'social-proof', 'challenge-question']);
const EVERYDAY_KIND: Readonly<Record<string, string>> = {
  'stock-call-ask': 'ask',
  'soft-cta': 'ask',
  'stock-sign-off': 'sign-off',
  'stock-courtesy': 'courtesy',
  'booking-link': 'ask',
  'ps-line': 'ps-line',
  'site-link': 'link',
};
const UNCORROBORATED_CAP = 0.3;

export function templatedScoreCap(signals: readonly Pick<Signal, 'code' | 'strength'>[]): number {
  let leading = 0;
  let greeting = false;
  let coldStart = false;
  const everyday = new Set<string>();
  for (const { code, strength } of signals) {
    if (DECISIVE_RULES.has(code)) return 1;
    if (code === OUTREACH_CODE) {
      if (strength === OUTREACH_TIER.alone) return 1;
      leading += 1;
      continue;
    }
    if (STRONG.has(code)) leading += strength ?? 1;
    else if (SHAPE.has(code)) leading += 1;
    coldStart ||= COLD_START.has(code);
    greeting ||= code === 'greeting-name';
    const kind = EVERYDAY_KIND[code];
    if (kind !== undefined) everyday.add(kind);
  }
  const kinds = leading + everyday.size + (greeting && coldStart ? 1 : 0);
  return leading >= 1 && kinds >= 2 ? 1 : UNCORROBORATED_CAP;
}

// An opener opens: in every dev template it starts within the first 140 characters, while genuine
// messages say "so I'm reaching out here" further down ("Hi everyone, … I'm reaching out on LinkedIn
// since Slack is new to me").
const OPENING_CHARS = 160;

function openingOnly(lower: string, phrases: readonly string[] | undefined): string[] {
  return (phrases ?? []).filter((phrase) => {
    const at = lower.indexOf(phrase);
    return at >= 0 && at < OPENING_CHARS;
  });
}

export function templatedSignals(item: Item, view: TextView): Signal[] {
  const signals: Signal[] = [];
  const placeholder = PLACEHOLDER.exec(view.raw);
  if (placeholder) signals.push({ code: 'placeholder-unfilled', text: `Unfilled placeholder ${quote(placeholder[0])}` });
  // A second stock phrase of the same kind counts again (once): templates stack them. The same phrase
  // twice does not: "companies like Sun … companies like IBM" is one turn of phrase used twice.
  const found = templatedPhrases.find(view.lower, 2);
  for (const { key, code, label } of PHRASE_SIGNALS) {
    const [first, repeat] = key === 'opener' ? openingOnly(view.lower, found.get(key)) : (found.get(key) ?? []);
    if (first === undefined) continue;
    const second = repeat === first ? undefined : repeat;
    // "Open to a quick call?" is one ask; quoting it twice would add nothing to the label.
    if (key === 'softCta' && found.has('callAsk')) continue;
    const text = second ? `${label}: ${quote(first)}, ${quote(second)}` : `${label}: ${quote(first)}`;
    signals.push({ code, text, strength: second ? 2 : 1 });
  }
  // A booking link opening a conversation is a sequence tool's ask; in a reply it is how people agree
  // on a time, which is what this extension asks for. When the page cannot say which (a message read
  // outside its thread, a corpus line), the link is an ask like "grab a slot", and needs company.
  if (BOOKING_LINK.test(view.raw) && item.isFirstInThread !== false) {
    const first = item.kind === 'invite' || item.isFirstInThread === true;
    signals.push(first ? { code: 'booking-link-first', text: 'Booking link in a first message' } : { code: 'booking-link', text: 'Booking link' });
  }
  if (PS_LINE.test(view.raw)) signals.push({ code: 'ps-line', text: 'Ends with a P.S.' });
  if (!signals.some(({ code }) => code.startsWith('booking-link')) && SITE_LINK.test(view.raw)) signals.push({ code: 'site-link', text: 'Links to a website' });
  if (GREETING_NAME.test(view.raw)) signals.push({ code: 'greeting-name', text: 'Opens with a greeting and a name' });
  const outreach = outreachSignal(view.raw, [...found.values()].flat());
  if (outreach) signals.push(outreach);
  const others = item.sameTextSenders ?? 0;
  if (others >= 1) {
    const text = `Same text from ${others} other sender${others === 1 ? '' : 's'}`;
    signals.push({ code: 'same-text-senders', text });
    if (others >= 3) signals.push({ code: 'same-text-many-senders', text });
  }
  return signals;
}
