// SpamAssassin-style additive scoring: each signal that fires adds its weight, the sum goes through a
// logistic function, and every signal that added weight becomes a reason the label can show.
import { levelFor } from './levels';
import type { Pattern, Reason, Sensitivity, Verdict } from './types';

export interface Signal extends Reason {
  /** Multiplies the signal's weight, for graded signals such as the number of people tagged. */
  strength?: number;
}

export interface RuleWeights {
  bias: number;
  rules: Readonly<Record<string, number>>;
}

export function scoreSignals(signals: readonly Signal[], weights: RuleWeights): number {
  let sum = weights.bias;
  for (const signal of signals) sum += (weights.rules[signal.code] ?? 0) * (signal.strength ?? 1);
  return 1 / (1 + Math.exp(-sum));
}

/** The highest score a set of signals may reach, for detectors that need corroborating evidence. */
export type ScoreCap = (signals: readonly Signal[]) => number;

export function verdictFrom(
  pattern: Pattern,
  signals: readonly Signal[],
  weights: RuleWeights,
  sensitivity: Sensitivity,
  cap?: ScoreCap,
): Verdict | null {
  if (signals.length === 0) return null;
  const score = Math.min(scoreSignals(signals, weights), cap ? cap(signals) : 1);
  const level = levelFor(score, sensitivity);
  if (level === 'none') return null;
  const weighted = signals
    .map((signal) => ({ signal, weight: (weights.rules[signal.code] ?? 0) * (signal.strength ?? 1) }))
    .filter(({ weight }) => weight > 0)
    .sort((a, b) => b.weight - a.weight);
  if (weighted.length === 0) return null;
  return {
    pattern,
    score: Math.round(score * 1000) / 1000,
    level,
    reasons: weighted.map(({ signal }) => ({ code: signal.code, text: signal.text })),
  };
}
