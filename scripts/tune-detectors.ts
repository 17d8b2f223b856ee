// `npx tsx scripts/tune-detectors.ts [--write] [--templated-only]`: fits the additive rule weights of
// the templated and engagement-bait detectors by L2-regularised logistic regression on the DEV split
// only (weights kept >= 0 so every rule stays a reason *for* the pattern), then reports dev and held-out figures
// at 'balanced'. With --write it rewrites src/detect/tuned-weights.ts. It reports dev and heldout;
// a fresh split (`--measure fresh4`) only when asked, because a fresh set is kept unread until it is
// measured once, at the end of a pass. With --templated-only the engagement-bait weights stay as
// shipped (reported and written unchanged), so a templated retune leaves the other detector's tuning alone.
// Run `npx tsx src/cli/build-corpus.ts` first to refresh data/corpus/split.
import { existsSync, writeFileSync } from 'node:fs';
import { isLinkedInDm, readSplit, receivedTexts, splitPath, type SplitLine } from './corpus-split-lines';
import { signalsOf } from '../src/detect/index';
import { THRESHOLDS } from '../src/detect/levels';
import type { RuleWeights } from '../src/detect/score';
import { ENGAGEMENT_BAIT_RULES } from '../src/detect/engagement-bait';
import { templatedPhrases } from '../src/detect/phrases/compiled';
import { OUTREACH_CODE, outreachLogit, readGrams, shippedOutreachModel } from '../src/detect/reads-like-outreach';
import { textView } from '../src/detect/text-view';
import { TUNED_WEIGHTS } from '../src/detect/tuned-weights';
import { DECISIVE_RULES, TEMPLATED_RULES, templatedScoreCap, templatedWeights } from '../src/detect/templated';
import type { Item, Pattern } from '../src/detect/types';

interface Example {
  /** Fired rules with their strength (how many times the rule's phrases were found). */
  codes: [string, number][];
  positive: boolean;
  /** Highest score the detector allows this example (the templated corroboration rule), without the outreach model. */
  cap: number;
  /** The outreach model's weighted signal: set by hand, left out of the fit, counted in the figures. */
  outreach: number;
  /** The cap with the outreach model's signal. */
  outreachCap: number;
  /** Whether the text opens with a greeting and a name: a hand-set weight, left out of the fit but not of the sums. */
  greeting: boolean;
}

// Rules whose weight is set by hand are left out of the fit: repeats from other senders have no data
// to learn from, and the genuine corpora (stripped e-mail bodies, SMS) almost never open with
// "Hi Maria," as colleagues on LinkedIn do, so a fitted greeting weight would be an artefact.
// The outreach model was trained on dev, so on dev it fires on nearly every template: fitting the
// other weights beside it would teach them to lean on an in-sample signal.
const HAND_SET = new Set(['same-text-senders', 'same-text-many-senders', 'greeting-name', OUTREACH_CODE]);
// Prospecting messages as received in published LinkedIn data exports, reported apart.
const RECEIVED = receivedTexts();
// The summed logit at which a score reaches 'high' at 'balanced'.
const LOGIT_HIGH = Math.log(THRESHOLDS.balanced.high / (1 - THRESHOLDS.balanced.high));
// Leave this much logit between the highest-scoring dev negative and the 'high' boundary.
const MARGIN = 0.3;
// A greeting with a name is set by hand (see HAND_SET): small, it only tips a note that is nearly there.
const GREETING_WEIGHT = 0.3;
// The bias may label this share of the dev split's real LinkedIn DMs (two thirds of the 0.3 % target;
// TEMPLATED_NEGATIVE_SHARE overrides it, to compare). With none allowed (fourth pass), the single
// highest-scoring genuine message sets the bias: in dev5 a job seeker's cold note to a stranger, referred
// by a colleague ("Thanks for connecting … he suggested I connect with you directly to chat … Would you
// have a few minutes"), took the bias from -6.3 to -9.1 and held-out filled-in recall from 135 to 111 of
// 154. The messages it lets through are the ones most like outreach: first notes from strangers made of
// stock phrases, which a recipient may fairly call templated (docs/detectors.md, fifth pass).
const NEGATIVE_SHARE = Number(process.env.TEMPLATED_NEGATIVE_SHARE ?? 0.002);
const ITERATIONS = 8000;
const LEARNING_RATE = 0.5;
const L2 = 0.0005;
// The L2 penalty pulls each weight toward a typical rule's weight rather than toward zero: most rules
// never fire on a genuine dev message, and shrinking them to nothing would only say the dev sample
// already caught those templates some other way, not that the rule is weak evidence.
const PRIOR_WEIGHT = 2;
// A false positive on a genuine message costs more than a missed template: the targets allow 0.3 %.
const NEGATIVE_WEIGHT = 2;

function toItem(line: SplitLine, index: number): Item {
  return { id: String(index), kind: line.kind, text: line.text, mentions: [], hashtags: [] };
}

function examples(lines: readonly SplitLine[], pattern: Pattern, outreachWeight = 0): Example[] {
  return lines
    .filter((line) => line.label !== undefined)
    .map((line, index) => {
      const signals = signalsOf(toItem(line, index), pattern);
      const outreach = signals.find((signal) => signal.code === OUTREACH_CODE);
      const withoutOutreach = signals.filter((signal) => signal !== outreach);
      return {
        codes: signals.filter((signal) => !HAND_SET.has(signal.code)).map((signal): [string, number] => [signal.code, signal.strength ?? 1]),
        positive: line.label === pattern,
        cap: pattern === 'templated' ? templatedScoreCap(withoutOutreach) : 1,
        outreach: outreach ? outreachWeight * (outreach.strength ?? 1) : 0,
        outreachCap: pattern === 'templated' ? templatedScoreCap(signals) : 1,
        greeting: signals.some((signal) => signal.code === 'greeting-name'),
      };
    });
}

// A rule that never fires on dev has nothing to learn from; it gets the median weight of the rules
// that did, rather than zero, so a device the sample lacks (say "comment YES") still counts.
function withUnseenRules(weights: RuleWeights, allRules: readonly string[]): RuleWeights {
  const fitted = Object.values(weights.rules).filter((weight) => weight > 0).sort((a, b) => a - b);
  const median = fitted.length === 0 ? 0 : (fitted[Math.floor((fitted.length - 1) / 2)] as number);
  const rules = { ...weights.rules };
  for (const code of allRules) if (!HAND_SET.has(code) && rules[code] === undefined) rules[code] = median;
  return { bias: weights.bias, rules };
}

function fit(data: readonly Example[], budget = 0): RuleWeights {
  const codes = [...new Set(data.flatMap((example) => example.codes.map(([code]) => code)))].sort();
  const weights = new Map(codes.map((code) => [code, 0.5]));
  let bias = -2;
  const total = data.reduce((sum, example) => sum + (example.positive ? 1 : NEGATIVE_WEIGHT), 0);
  for (let step = 0; step < ITERATIONS; step += 1) {
    let biasGradient = 0;
    const gradient = new Map(codes.map((code) => [code, 0]));
    for (const example of data) {
      let sum = bias;
      for (const [code, strength] of example.codes) sum += (weights.get(code) ?? 0) * strength;
      const error = (1 / (1 + Math.exp(-sum)) - (example.positive ? 1 : 0)) * (example.positive ? 1 : NEGATIVE_WEIGHT);
      biasGradient += error;
      for (const [code, strength] of example.codes) gradient.set(code, (gradient.get(code) ?? 0) + error * strength);
    }
    bias -= (LEARNING_RATE * biasGradient) / total;
    for (const code of codes) {
      const next = (weights.get(code) ?? 0) - LEARNING_RATE * ((gradient.get(code) ?? 0) / total + L2 * ((weights.get(code) ?? 0) - PRIOR_WEIGHT));
      weights.set(code, Math.max(0, next));
    }
  }
  const rules: Record<string, number> = {};
  for (const code of codes) rules[code] = Math.round((weights.get(code) ?? 0) * 100) / 100;
  return { bias: Math.round(calibratedBias(data, rules, bias, budget) * 100) / 100, rules };
}

// The regression's own bias balances errors on average; the targets instead ask for almost no false
// positives at the highest recall. So the bias is chosen on dev as an operating point: the smallest
// bias that catches every positive it can while keeping MARGIN below the highest dev negative past the
// budget (NEGATIVE_SHARE: the few highest may be labelled). A
// negative carrying a decisive rule (templatedWeights raises those past any bias) is labelled whatever
// the bias, so it cannot set it: a corpus reply with a Calendly link has no thread to say it is a
// reply, and would otherwise push the bias down by two logits for every template.
function calibratedBias(data: readonly Example[], rules: Readonly<Record<string, number>>, fitted: number, budget: number): number {
  // The greeting's hand-set weight counts here too: without it, a genuine note opening "Hi Jaclyn," sat
  // GREETING_WEIGHT closer to 'high' than the margin said, and at the margin's size, on it.
  const sumOf = (example: Example): number =>
    example.codes.reduce((total, [code, strength]) => total + (rules[code] ?? 0) * strength, example.greeting ? GREETING_WEIGHT : 0);
  const eligible = data.filter((example) => example.cap >= THRESHOLDS.balanced.high);
  const negatives = eligible.filter((example) => !example.positive && !example.codes.some(([code]) => DECISIVE_RULES.has(code))).map(sumOf);
  const bound = negatives.sort((a, b) => b - a)[budget];
  const ceiling = bound === undefined ? Number.POSITIVE_INFINITY : LOGIT_HIGH - bound - MARGIN;
  const needed = eligible
    .filter((example) => example.positive)
    .map((example) => LOGIT_HIGH - sumOf(example) + 0.01)
    .filter((bias) => bias <= ceiling);
  return needed.length === 0 ? Math.min(fitted, ceiling) : Math.max(...needed);
}

function isHigh(example: Example, weights: RuleWeights): boolean {
  let sum = weights.bias + example.outreach + (example.greeting ? (weights.rules['greeting-name'] ?? 0) : 0);
  for (const [code, strength] of example.codes) sum += (weights.rules[code] ?? 0) * strength;
  return Math.min(example.outreachCap, 1 / (1 + Math.exp(-sum))) >= THRESHOLDS.balanced.high;
}

function rate(data: readonly Example[], weights: RuleWeights): string {
  const flagged = data.filter((example) => isHigh(example, weights)).length;
  return `${flagged}/${data.length} = ${data.length === 0 ? '-' : ((flagged / data.length) * 100).toFixed(1)}%`;
}

// How close the genuine messages come to the outreach model's cut-offs: the margin its figures rest on.
function outreachMargin(lines: readonly SplitLine[]): string {
  const model = shippedOutreachModel();
  const logits: number[] = [];
  for (const line of lines) {
    // readGrams reuses one buffer: read the logit before the next line.
    const read = readGrams(line.text, [...templatedPhrases.find(textView(line.text).lower, 2).values()].flat());
    if (read.words >= model.minWords) logits.push(outreachLogit(read, model));
  }
  const highest = logits.length === 0 ? Number.NaN : Math.max(...logits);
  const past = (cut: number): number => logits.filter((logit) => logit >= cut).length;
  return `highest ${highest.toFixed(2)} (alone from ${model.aloneCut}, lower tier from ${model.cut}); past it ${past(model.cut)}/${logits.length}`;
}

// Figures with the weights the detector would ship: the fitted ones with templatedWeights' hand-set rules.
function report(split: string, fitted: RuleWeights, bait: RuleWeights): void {
  if (!existsSync(splitPath(`${split}-templated-raw`))) return;
  const templated = templatedWeights(fitted);
  const outreachWeight = templated.rules[OUTREACH_CODE] ?? 0;
  // A held-out split may come without genuine messages or posts of its own.
  const optional = (name: string): SplitLine[] => (existsSync(splitPath(name)) ? readSplit(name) : []);
  const rawLines = readSplit(`${split}-templated-raw`);
  const raw = examples(rawLines, 'templated', outreachWeight);
  const received = examples(rawLines.filter((line) => RECEIVED.has(line.text)), 'templated', outreachWeight);
  const filled = examples(optional(`${split}-templated-filled`), 'templated', outreachWeight);
  const genuineLines = optional(`${split}-genuine`);
  const genuine = examples(genuineLines, 'templated', outreachWeight);
  const linkedInDms = examples(genuineLines.filter(isLinkedInDm), 'templated', outreachWeight);
  const posts = examples(optional(`${split}-posts`), 'engagement-bait');
  const margin = outreachMargin(optional(`${split}-genuine`));
  const baitPosts = posts.filter((example) => example.positive);
  const ordinary = posts.filter((example) => !example.positive);
  process.stdout.write(
    [
      `${split}:`,
      `  templated recall, raw templates      ${rate(raw, templated)}`,
      `  templated recall, filled-in          ${rate(filled, templated)}`,
      `    received pitches (already filled)  ${rate(received, templated)}`,
      `  templated FPR, genuine messages      ${rate(genuine, templated)}`,
      `    of them real LinkedIn DMs          ${rate(linkedInDms, templated)}`,
      `  outreach model on genuine messages   ${margin}`,
      `  engagement-bait recall               ${rate(baitPosts, bait)}`,
      `  engagement-bait FPR, ordinary posts  ${rate(ordinary, bait)}`,
      '',
    ].join('\n'),
  );
}

function weightsSource(templated: RuleWeights, bait: RuleWeights): string {
  const block = (weights: RuleWeights): string =>
    `{\n    bias: ${weights.bias},\n    rules: {\n${Object.entries(weights.rules)
      .map(([code, weight]) => `      '${code}': ${weight},`)
      .join('\n')}\n    },\n  }`;
  return `// Generated by scripts/tune-detectors.ts from the dev split; do not edit by hand.
import type { RuleWeights } from './score';

export const TUNED_WEIGHTS: { templated: RuleWeights; 'engagement-bait': RuleWeights } = {
  templated: ${block(templated)},
  'engagement-bait': ${block(bait)},
};
`;
}

const devMessages = [...readSplit('dev-templated-raw'), ...readSplit('dev-templated-filled'), ...readSplit('dev-genuine')];
const devLinkedInDms = readSplit('dev-genuine').filter(isLinkedInDm).length;
const budget = Math.floor(NEGATIVE_SHARE * devLinkedInDms);
const templated = withUnseenRules(fit(examples(devMessages, 'templated'), budget), TEMPLATED_RULES);
templated.rules = { ...templated.rules, 'greeting-name': GREETING_WEIGHT };
// TEMPLATED_BIAS reports (and with --write ships) another bias than the calibrated one, to compare operating points.
if (process.env.TEMPLATED_BIAS !== undefined) templated.bias = Number(process.env.TEMPLATED_BIAS);
// An explicit ask for engagement ("Agree?", "tag someone who…", "link in the comments") is the pattern
// itself, so each one labels a post alone. Dev posts rarely carry one ask without another, which leaves
// the fit no reason to say so: the weight of each ask is raised, if need be, to just past the bias.
// Hashtag stuffing and broetry stay as fitted: ordinary posts have them too.
const SHAPE_RULES = new Set(['hashtag-stuffing', 'broetry']);
function withDecisiveAsks(weights: RuleWeights): RuleWeights {
  const floor = Math.round((LOGIT_HIGH - weights.bias + 0.01) * 100) / 100;
  const rules = Object.fromEntries(Object.entries(weights.rules).map(([code, weight]) => [code, SHAPE_RULES.has(code) ? weight : Math.max(weight, floor)]));
  return { bias: weights.bias, rules };
}

const bait = process.argv.includes('--templated-only')
  ? TUNED_WEIGHTS['engagement-bait']
  : withDecisiveAsks(withUnseenRules(fit(examples(readSplit('dev-posts'), 'engagement-bait')), ENGAGEMENT_BAIT_RULES));
process.stdout.write(`bias may label ${budget} dev negatives (${NEGATIVE_SHARE} of ${devLinkedInDms} real LinkedIn DMs)\ntemplated: ${JSON.stringify(templated)}\nengagement-bait: ${JSON.stringify(bait)}\n\n`);
const measureAt = process.argv.indexOf('--measure');
const splits = ['dev', 'heldout', ...(measureAt > 0 && process.argv[measureAt + 1] ? [process.argv[measureAt + 1]!] : [])];
for (const split of splits) report(split, templated, bait);
if (process.argv.includes('--write')) {
  writeFileSync('src/detect/tuned-weights.ts', weightsSource(templated, bait));
  process.stdout.write('wrote src/detect/tuned-weights.ts\n');
}
