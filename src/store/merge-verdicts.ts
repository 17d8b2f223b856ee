// An item seen again may be judged differently: more of it loaded (a thread's later comments), or the
// detectors were updated. It still counts once as seen; its flags become the strongest verdict seen for
// each pattern, so a flag can be raised or added by a later sighting but never quietly dropped.
import type { Pattern } from '../detect/types';
import type { SeenVerdict } from '../shared/store-types';

const LEVEL_RANK = { low: 1, high: 2 } as const;

function stronger(a: SeenVerdict, b: SeenVerdict): SeenVerdict {
  if (LEVEL_RANK[a.level] !== LEVEL_RANK[b.level]) return LEVEL_RANK[a.level] > LEVEL_RANK[b.level] ? a : b;
  return b.score > a.score ? b : a;
}

export function mergeVerdicts(existing: SeenVerdict[], incoming: SeenVerdict[]): SeenVerdict[] {
  const byPattern = new Map<Pattern, SeenVerdict>();
  for (const verdict of [...existing, ...incoming]) {
    const held = byPattern.get(verdict.pattern);
    byPattern.set(verdict.pattern, held ? stronger(held, verdict) : verdict);
  }
  return [...byPattern.values()].map((v) => ({ pattern: v.pattern, level: v.level, score: v.score, reasons: [...v.reasons] }));
}

export function sameVerdicts(a: SeenVerdict[], b: SeenVerdict[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
