// Templated prospecting: a message or invitation note written once and sent to many.
import { templatedPhrases } from './phrases/compiled';
import type { TemplatedPhrases } from './phrases/phrase-set';
import { PLACEHOLDER } from './placeholder';
import type { RuleWeights, Signal } from './score';
import { quote, type TextView } from './text-view';
import { TUNED_WEIGHTS } from './tuned-weights';
import type { Item } from './types';

const BOOKING_LINK = /calendly\.com|(?:^|[/.\s])cal\.com\/|meetings\.hubspot\.com|hubspot\.com\/meetings|savvycal\.com|zcal\.co|tidycal\.com|youcanbook\.me|acuityscheduling\.com|chilipiper\.com|calendar\.app\.google|koalendar\.com/i;
const GREETING_NAME = /^\s*(?:[Hh]i|[Hh]ey|[Hh]ello|[Dd]ear|[Hh]allo|[Bb]onjour|[Hh]ola|[Ss]alut|[Gg]uten [Tt]ag)[ ,]+(?:\{|\[|\p{Lu})/u;

const PHRASE_SIGNALS: readonly { key: keyof TemplatedPhrases; code: string; label: string }[] = [
  { key: 'opener', code: 'stock-opener', label: 'Stock opener' },
  { key: 'connect', code: 'stock-connect', label: 'Stock connection request' },
  { key: 'pitch', code: 'sales-pitch', label: 'Sales pitch' },
  { key: 'callAsk', code: 'stock-call-ask', label: 'Stock meeting ask' },
  { key: 'followUp', code: 'follow-up-sequence', label: 'Follow-up sequence' },
  { key: 'softClose', code: 'stock-sign-off', label: 'Stock sign-off' },
];

/** Every rule code this detector can emit. */
export const TEMPLATED_RULES: readonly string[] = [
  'placeholder-unfilled',
  ...PHRASE_SIGNALS.map(({ code }) => code),
  'booking-link-first',
  'greeting-name',
  'same-text-senders',
  'same-text-many-senders',
];

// Set by hand: the corpora have no real sender data to learn how much a repeat from others weighs.
const SAME_TEXT_WEIGHTS = { 'same-text-senders': 2, 'same-text-many-senders': 1.5 };

export const TEMPLATED_WEIGHTS: RuleWeights = {
  bias: TUNED_WEIGHTS.templated.bias,
  rules: { ...TUNED_WEIGHTS.templated.rules, ...SAME_TEXT_WEIGHTS },
};

// Colleagues write "would you be open to a call?" or "happy to share my draft" too, and the genuine
// corpora have too few LinkedIn-style messages to teach the weights that. So a verdict above 'low'
// needs corroboration: two stock phrases, at least one of them an opener, connection request, pitch
// or follow-up step (meeting asks and sign-offs alone are everyday words). An unfilled placeholder,
// a repeat from other senders or a booking link in a first message is evidence enough alone.
const DECISIVE = new Set(['placeholder-unfilled', 'same-text-senders', 'booking-link-first']);
const STRONG = new Set(['stock-opener', 'stock-connect', 'sales-pitch', 'follow-up-sequence']);
const WEAK = new Set(['stock-call-ask', 'stock-sign-off']);
const UNCORROBORATED_CAP = 0.3;

export function templatedScoreCap(signals: readonly Pick<Signal, 'code' | 'strength'>[]): number {
  let strong = 0;
  let weak = 0;
  for (const { code, strength } of signals) {
    if (DECISIVE.has(code)) return 1;
    if (STRONG.has(code)) strong += strength ?? 1;
    else if (WEAK.has(code)) weak += strength ?? 1;
  }
  return strong >= 1 && strong + weak >= 2 ? 1 : UNCORROBORATED_CAP;
}

export function templatedSignals(item: Item, view: TextView): Signal[] {
  const signals: Signal[] = [];
  const placeholder = PLACEHOLDER.exec(view.raw);
  if (placeholder) signals.push({ code: 'placeholder-unfilled', text: `Unfilled placeholder ${quote(placeholder[0])}` });
  // A second stock phrase of the same kind counts again (once): templates stack them.
  const found = templatedPhrases.find(view.lower, 2);
  for (const { key, code, label } of PHRASE_SIGNALS) {
    const [first, second] = found.get(key) ?? [];
    if (first === undefined) continue;
    const text = second ? `${label}: ${quote(first)}, ${quote(second)}` : `${label}: ${quote(first)}`;
    signals.push({ code, text, strength: second ? 2 : 1 });
  }
  if (item.isFirstInThread !== false && BOOKING_LINK.test(view.raw)) {
    signals.push({ code: 'booking-link-first', text: 'Booking link in a first message' });
  }
  if (GREETING_NAME.test(view.raw)) signals.push({ code: 'greeting-name', text: 'Opens with a greeting and a name' });
  const others = item.sameTextSenders ?? 0;
  if (others >= 1) {
    const text = `Same text from ${others} other sender${others === 1 ? '' : 's'}`;
    signals.push({ code: 'same-text-senders', text });
    if (others >= 3) signals.push({ code: 'same-text-many-senders', text });
  }
  return signals;
}
