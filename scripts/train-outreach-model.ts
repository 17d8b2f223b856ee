// `npx tsx scripts/train-outreach-model.ts [--write]`: trains the "reads like outreach" model
// (src/detect/outreach-score.ts) on the DEV split only — templates raw and filled-in as positives,
// genuine messages and ordinary posts as negatives — by L2-regularised logistic regression over
// hashed word n-grams, and picks its cut-off by cross-validation on dev: templates are grouped by the
// repository they came from, so each fold scores wording from sources the fold's model never saw,
// as a new sender's wording would be. With --write it rewrites src/detect/outreach-model.ts.
// Run `npx tsx src/cli/build-corpus.ts` first to refresh data/corpus/split.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { OUTREACH_TABLE_BITS, outreachFeatures } from '../src/detect/outreach-features';
import { signalsOf } from '../src/detect/index';
import { MIN_OUTREACH_WORDS, outreachLogit, type OutreachWeights } from '../src/detect/outreach-score';

interface Line {
  text: string;
  label?: string;
  source?: string;
}

interface Example {
  buckets: number[];
  words: number;
  positive: boolean;
  /** Cross-validation group: the source repository for templates, a rotating index for the rest. */
  group: string;
  /** A genuine message on which some other templated signal fires, so the model's signal would corroborate it. */
  corroborated: boolean;
}

const SPLIT = 'data/corpus/split';
const TABLE_SIZE = 1 << OUTREACH_TABLE_BITS;
const FOLDS = 5;
const ITERATIONS = 600;
const LEARNING_RATE = 2;
// Strong regularisation: a few hundred examples against 4096 weights would otherwise learn each
// template's own words by heart.
const L2 = 0.001;
// A false positive on a genuine message costs more than a missed template.
const NEGATIVE_WEIGHT = 3;
// Logit left between the highest cross-validated genuine dev message and the cut-off.
const MARGIN = 0.25;
// The corroborated cut-off lets at most this share of genuine dev messages (cross-validated) through.
const FLOOR_SHARE = 0.05;

function readSplit(name: string): Line[] {
  const path = `${SPLIT}/${name}.jsonl`;
  if (!existsSync(path)) throw new Error(`${path} is missing: run npx tsx src/cli/build-corpus.ts first`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Line);
}

function repositoryOf(source: string | undefined): string {
  return (source ?? '').split(':')[0] ?? '';
}

// A greeting with a name never corroborates a shape, and the model's own signal is what is being tuned.
const NOT_CORROBORATING = new Set(['greeting-name', 'reads-like-outreach']);

function example(line: Line, positive: boolean, group: string): Example {
  const features = outreachFeatures(line.text);
  const item = { id: '', kind: 'message' as const, text: line.text, mentions: [], hashtags: [] };
  const corroborated = signalsOf(item, 'templated').some((signal) => !NOT_CORROBORATING.has(signal.code));
  return { buckets: features.buckets, words: features.words, positive, group, corroborated };
}

function train(data: readonly Example[]): OutreachWeights {
  const table = new Float64Array(TABLE_SIZE);
  let bias = 0;
  const total = data.reduce((sum, item) => sum + (item.positive ? 1 : NEGATIVE_WEIGHT), 0);
  const unit: OutreachWeights = { bias: 0, scale: 1, table };
  for (let step = 0; step < ITERATIONS; step += 1) {
    const gradient = new Float64Array(TABLE_SIZE);
    let biasGradient = 0;
    unit.bias = bias;
    for (const item of data) {
      const logit = outreachLogit({ words: item.words, grams: [], buckets: item.buckets }, unit);
      const error = (1 / (1 + Math.exp(-logit)) - (item.positive ? 1 : 0)) * (item.positive ? 1 : NEGATIVE_WEIGHT);
      biasGradient += error;
      const share = error / Math.sqrt(Math.max(1, item.buckets.length));
      for (const bucket of item.buckets) gradient[bucket] = (gradient[bucket] ?? 0) + share;
    }
    bias -= (LEARNING_RATE * biasGradient) / total;
    for (let bucket = 0; bucket < TABLE_SIZE; bucket += 1) {
      table[bucket] = (table[bucket] ?? 0) - LEARNING_RATE * ((gradient[bucket] ?? 0) / total + L2 * (table[bucket] ?? 0));
    }
  }
  return { bias, scale: 1, table };
}

function quantised(weights: OutreachWeights): OutreachWeights & { table: Int8Array } {
  let largest = 0;
  for (let i = 0; i < weights.table.length; i += 1) largest = Math.max(largest, Math.abs(weights.table[i] ?? 0));
  const scale = largest === 0 ? 1 : largest / 127;
  const table = new Int8Array(TABLE_SIZE);
  for (let i = 0; i < TABLE_SIZE; i += 1) table[i] = Math.round((weights.table[i] ?? 0) / scale);
  return { bias: weights.bias, scale, table };
}

function logitOf(item: Example, weights: OutreachWeights): number {
  return outreachLogit({ words: item.words, grams: [], buckets: item.buckets }, weights);
}

function foldOf(group: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < group.length; i += 1) hash = Math.imul(hash ^ group.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % FOLDS;
}

const positives = [...readSplit('dev-templated-raw'), ...readSplit('dev-templated-filled')].map((line) =>
  example(line, true, repositoryOf(line.source)),
);
const negatives = [...readSplit('dev-genuine'), ...readSplit('dev-posts').filter((line) => line.label === 'none')].map((line, index) =>
  example(line, false, `negative-${index % FOLDS}`),
);
const genuineCount = readSplit('dev-genuine').length;
const data = [...positives, ...negatives];

const crossValidated = new Map<Example, number>();
for (let fold = 0; fold < FOLDS; fold += 1) {
  const model = quantised(train(data.filter((item) => foldOf(item.group) !== fold)));
  for (const item of data) if (foldOf(item.group) === fold) crossValidated.set(item, logitOf(item, model));
}
const long = (item: Example): boolean => item.words >= MIN_OUTREACH_WORDS;
// Every genuine message counts toward the cut-offs, short ones too: the few long genuine messages
// alone would set them too low.
const genuine = negatives.slice(0, genuineCount);
const genuineLogits = genuine.map((item) => crossValidated.get(item) ?? 0);
const rounded = (value: number): number => Math.round(value * 100) / 100;
// Alone, the signal must stay below every genuine dev message; beside another signal, below every
// genuine dev message that has one, and never below the share of genuine messages FLOOR_SHARE allows.
const highCut = rounded(Math.max(...genuineLogits) + MARGIN);
const corroboratedMax = Math.max(...genuine.filter((item) => item.corroborated).map((item) => crossValidated.get(item) ?? 0));
const sortedGenuine = [...genuineLogits].sort((a, b) => b - a);
const floor = sortedGenuine[Math.floor(FLOOR_SHARE * sortedGenuine.length)] ?? highCut;
const cut = Math.min(highCut, rounded(Math.max(corroboratedMax + MARGIN, floor)));
const past = (threshold: number): number => positives.filter((item) => long(item) && (crossValidated.get(item) ?? 0) >= threshold).length;
const model = quantised(train(data));
process.stdout.write(
  [
    `dev examples: ${positives.length} templates (raw + filled), ${negatives.length} negatives (${genuineCount} genuine messages, rest posts)`,
    `cross-validated by source repository, ${FOLDS} folds:`,
    `  highest genuine logit ${Math.max(...genuineLogits).toFixed(2)} → high cut-off ${highCut}: templates of ≥ ${MIN_OUTREACH_WORDS} words past it ${past(highCut)}/${positives.filter(long).length}`,
    `  highest corroborated genuine logit ${corroboratedMax.toFixed(2)} → cut-off ${cut}: templates past it ${past(cut)}, genuine ${genuineLogits.filter((logit) => logit >= cut).length}/${genuineLogits.length}`,
    `final model: bias ${model.bias.toFixed(2)}, scale ${model.scale.toExponential(3)}, non-zero buckets ${model.table.filter((weight) => weight !== 0).length}/${TABLE_SIZE}`,
    '',
  ].join('\n'),
);

if (process.argv.includes('--write')) {
  const table = Buffer.from(model.table.buffer).toString('base64');
  writeFileSync(
    'src/detect/outreach-model.ts',
    `// Generated by scripts/train-outreach-model.ts from the dev split; do not edit by hand.
// table: ${TABLE_SIZE} int8 weights, base64; a weight is table[i] * scale. cut: the logit from which
// the signal fires (needing another signal beside it); highCut: from which it is evidence alone.
export const OUTREACH_MODEL = {
  bias: ${Math.round(model.bias * 1000) / 1000},
  scale: ${model.scale.toPrecision(4)},
  cut: ${cut},
  highCut: ${highCut},
  table: '${table}',
} as const;
`,
  );
  process.stdout.write('wrote src/detect/outreach-model.ts\n');
}
