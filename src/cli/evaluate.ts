// Confusion counts per pattern, as `npm run scan -- --eval` prints them.
import type { Pattern, Verdict } from '../detect/types';
import type { Label } from './corpus-line';

export interface PatternScore {
  pattern: Pattern;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** 0 when nothing was predicted positive. */
  precision: number;
  /** 0 when nothing is actually positive. */
  recall: number;
  /** False-positive rate; 0 when nothing is actually negative. */
  fpr: number;
}

export interface Judged {
  label: Label;
  verdicts: readonly Verdict[];
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 10000) / 10000;
}

/** One score per pattern that occurs among the labels, in order of first appearance. */
export function evaluate(judged: readonly Judged[]): PatternScore[] {
  const patterns: Pattern[] = [];
  for (const { label } of judged) if (label !== 'none' && !patterns.includes(label)) patterns.push(label);
  return patterns.map((pattern) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let tn = 0;
    for (const { label, verdicts } of judged) {
      const predicted = verdicts.some((verdict) => verdict.pattern === pattern && verdict.level === 'high');
      const actual = label === pattern;
      if (predicted && actual) tp += 1;
      else if (predicted) fp += 1;
      else if (actual) fn += 1;
      else tn += 1;
    }
    return { pattern, tp, fp, fn, tn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), fpr: ratio(fp, fp + tn) };
  });
}
