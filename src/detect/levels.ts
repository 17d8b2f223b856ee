import type { Level, Sensitivity } from './types';

// Score cut-offs per sensitivity. 'balanced' high at 0.5 is where the tuned weights put the
// decision boundary of the logistic model; the others move it a step either way.
export const THRESHOLDS: Record<Sensitivity, { low: number; high: number }> = {
  relaxed: { low: 0.6, high: 0.8 },
  balanced: { low: 0.35, high: 0.5 },
  strict: { low: 0.2, high: 0.35 },
};

export function levelFor(score: number, sensitivity: Sensitivity): Level {
  const { low, high } = THRESHOLDS[sensitivity];
  if (score >= high) return 'high';
  if (score >= low) return 'low';
  return 'none';
}
