// The detectors' single entry point: one item in, the broadcast patterns it follows out.
import { ENGAGEMENT_BAIT_WEIGHTS, engagementBaitSignals } from './engagement-bait';
import { POD_COMMENT_WEIGHTS, podCommentSignals } from './pod-comment';
import { verdictFrom, type RuleWeights, type ScoreCap, type Signal } from './score';
import { TAG_HIJACK_WEIGHTS, tagHijackSignals } from './tag-hijack';
import { TEMPLATED_WEIGHTS, templatedScoreCap, templatedSignals } from './templated';
import { textView, type TextView } from './text-view';
import type { Item, ItemKind, Pattern, Sensitivity, Verdict } from './types';

export interface DetectOptions {
  sensitivity: Sensitivity;
  enabled?: Partial<Record<Pattern, boolean>>;
}

interface Detector {
  pattern: Pattern;
  signals: (item: Item, view: TextView) => Signal[];
  weights: RuleWeights;
  cap?: ScoreCap;
}

const TEMPLATED: Detector = { pattern: 'templated', signals: templatedSignals, weights: TEMPLATED_WEIGHTS, cap: templatedScoreCap };
const TAG_HIJACK: Detector = { pattern: 'tag-hijack', signals: tagHijackSignals, weights: TAG_HIJACK_WEIGHTS };
const ENGAGEMENT_BAIT: Detector = { pattern: 'engagement-bait', signals: engagementBaitSignals, weights: ENGAGEMENT_BAIT_WEIGHTS };
const POD_COMMENT: Detector = { pattern: 'pod-comment', signals: podCommentSignals, weights: POD_COMMENT_WEIGHTS };

// Each pattern only means something where DESIGN.md places it; skipping the rest keeps the
// per-item cost down in the content script.
const DETECTORS_BY_KIND: Record<ItemKind, readonly Detector[]> = {
  message: [TEMPLATED],
  invite: [TEMPLATED],
  post: [ENGAGEMENT_BAIT, TAG_HIJACK],
  comment: [POD_COMMENT, TAG_HIJACK],
};

/** Verdicts of level 'low' or 'high' for the item, highest score first. */
export function detect(item: Item, options: DetectOptions): Verdict[] {
  const view = textView(item.text);
  const verdicts: Verdict[] = [];
  for (const detector of DETECTORS_BY_KIND[item.kind]) {
    if (options.enabled?.[detector.pattern] === false) continue;
    const verdict = verdictFrom(detector.pattern, detector.signals(item, view), detector.weights, options.sensitivity, detector.cap);
    if (verdict) verdicts.push(verdict);
  }
  return verdicts.sort((a, b) => b.score - a.score);
}

/** The signals each pattern sees in the item, before weighting; what the tuning script learns from. */
export function signalsOf(item: Item, pattern: Pattern): Signal[] {
  const detector = [TEMPLATED, TAG_HIJACK, ENGAGEMENT_BAIT, POD_COMMENT].find((candidate) => candidate.pattern === pattern);
  return detector ? detector.signals(item, textView(item.text)) : [];
}

export type { Signal } from './score';
export type { Item, Pattern, Sensitivity, Verdict } from './types';
