// The detectors run here, in the worker, rather than in the LinkedIn tab: the content script stays
// small, a busy page does not pay for them, and the worker judges with the settings it already owns.
// Item text is only read in memory while judging; what is kept is below, and the fingerprints of
// received texts (same-text-senders.ts).
import { detect } from '../detect';
import type { Item, Verdict } from '../detect/types';
import type { JudgedItem } from '../messages';
import { hashId } from '../shared/hash-id';
import type { Settings } from '../shared/settings';
import type { SeenVerdict } from '../shared/store-types';
import { withSameTextSenders, type FingerprintLog } from './same-text-senders';

/** Where received texts' fingerprints are recorded, and when they were seen. */
export interface ReceivedTexts {
  log: FingerprintLog;
  at: number;
}

/**
 * Each item's hashed id and verdicts, in order, under the user's sensitivity and patterns. With
 * `received`, received texts are fingerprinted into it first, unless the templated pattern, the only
 * one that uses them, is off: then nothing about them is kept. Without it items are judged as they are.
 */
export async function judgeItems(items: Item[], settings: Settings, received?: ReceivedTexts): Promise<JudgedItem[]> {
  const options = { sensitivity: settings.sensitivity, enabled: settings.patterns };
  const known = received && settings.patterns.templated ? await withSameTextSenders(items, received.log, received.at) : items;
  return Promise.all(known.map(async (item) => ({ id: await hashId(item.id), verdicts: detect(item, options) })));
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
