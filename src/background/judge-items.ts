// The detectors run here, in the worker, rather than in the LinkedIn tab: the content script stays
// small, a busy page does not pay for them, and the worker judges with the settings it already owns.
// Item text is only read in memory while judging; what is kept is below.
import { detect } from '../detect';
import type { Item, Verdict } from '../detect/types';
import type { JudgedItem } from '../messages';
import { hashId } from '../shared/hash-id';
import type { Settings } from '../shared/settings';
import type { SeenVerdict } from '../shared/store-types';

/** Each item's hashed id and verdicts, in order, under the user's sensitivity and patterns. */
export function judgeItems(items: Item[], settings: Settings): Promise<JudgedItem[]> {
  const options = { sensitivity: settings.sensitivity, enabled: settings.patterns };
  return Promise.all(items.map(async (item) => ({ id: await hashId(item.id), verdicts: detect(item, options) })));
}

/** What the store keeps of verdicts: reason codes, never their text. */
export function seenVerdicts(verdicts: Verdict[]): SeenVerdict[] {
  return verdicts.map((v) => ({
    pattern: v.pattern,
    level: v.level === 'high' ? 'high' : 'low',
    score: v.score,
    reasons: v.reasons.map((r) => r.code),
  }));
}
