// "The same text from several senders" is the one templated signal no single message shows: it needs
// what was received before, so the worker asks the store before the detectors run. The store keeps a
// fingerprint and a hashed sender per received text, one row per pair, so seeing a message again
// (a reload, judging again after a settings change) finds its own row and counts nobody new.
import { textFingerprint } from '../detect/fingerprint';
import { senderOf } from '../detect/sender-of';
import type { Item } from '../detect/types';
import { hashId } from '../shared/hash-id';
import type { Store } from '../store';

/** What this needs of the store. */
export type FingerprintLog = Pick<Store, 'recordFingerprints'>;

// Sender and thread hashes must never equal an item's hashed id, which is hashed from a urn by the same
// function.
const SENDER_PREFIX = 'sender:';
const THREAD_PREFIX = 'thread:';

/**
 * The items with `sameTextSenders` as the store answers it, recording each received text's fingerprint
 * in order, so an item earlier in the batch counts for a later one. Only the worker knows the count: a
 * value the page sent is dropped.
 */
export async function withSameTextSenders(items: readonly Item[], log: FingerprintLog, at: number): Promise<Item[]> {
  const hashes = new Map<string, Promise<string>>();
  const hashed = (prefixed: string): Promise<string> => {
    let hash = hashes.get(prefixed);
    if (!hash) {
      hash = hashId(prefixed);
      hashes.set(prefixed, hash);
    }
    return hash;
  };
  const received = await Promise.all(
    items.map(async (item, index) => {
      const sender = senderOf(item);
      if (sender === undefined) return undefined;
      // Too short to be a template ("ok", "thanks!") gives no fingerprint, and nothing is recorded.
      const fp = textFingerprint(item.text);
      if (!fp) return undefined;
      // The conversation too (sameThread): people repeating each other's words in it are no blast.
      const thread = item.threadId === undefined ? {} : { thread: await hashed(THREAD_PREFIX + item.threadId) };
      return { index, entry: { fp, sender: await hashed(SENDER_PREFIX + sender), ...thread } };
    }),
  );
  const entries = received.filter((entry) => entry !== undefined);
  const counts = entries.length > 0 ? await log.recordFingerprints(entries.map(({ entry }) => entry), at) : [];
  const countAt = new Map(entries.map(({ index }, i) => [index, counts[i] ?? 0]));
  return items.map((item, index) => {
    const judged = { ...item };
    delete judged.sameTextSenders;
    const count = countAt.get(index);
    if (count !== undefined) judged.sameTextSenders = count;
    return judged;
  });
}
