// In-memory record of which senders sent which fingerprints, for the scanner and tests; the
// extension keeps the same facts in IndexedDB.
import { NEAR_DUPLICATE_BITS, fingerprintDistance } from './fingerprint';
import { sameThread } from './sender-of';

// With at most NEAR_DUPLICATE_BITS differing bits, at least one of NEAR_DUPLICATE_BITS + 1 equal
// slices of the fingerprint is identical (pigeonhole), so candidates are looked up by slice.
const BANDS = NEAR_DUPLICATE_BITS + 1;
const BAND_CHARS = 16 / BANDS;

export class TemplateMemory {
  /** Per fingerprint, each sender and the conversation they sent it in, when known. */
  private readonly senders = new Map<string, Map<string, string | undefined>>();
  private readonly bands = new Map<string, Set<string>>();

  /** Remembers that `sender` sent text with this fingerprint (in `thread`, when known); empty fingerprints are ignored. */
  record(fingerprint: string, sender: string, thread?: string): void {
    if (fingerprint.length !== 16) return;
    let set = this.senders.get(fingerprint);
    if (!set) {
      set = new Map();
      this.senders.set(fingerprint, set);
      for (const key of bandKeys(fingerprint)) {
        const bucket = this.bands.get(key) ?? new Set<string>();
        bucket.add(fingerprint);
        this.bands.set(key, bucket);
      }
    }
    set.set(sender, thread);
  }

  /**
   * How many distinct senders other than `sender` sent a near-duplicate of this fingerprint, leaving out
   * those seen only in the same known conversation (sameThread).
   */
  otherSenders(fingerprint: string, sender: string, thread?: string): number {
    if (fingerprint.length !== 16) return 0;
    const candidates = new Set<string>();
    for (const key of bandKeys(fingerprint)) for (const candidate of this.bands.get(key) ?? []) candidates.add(candidate);
    const others = new Set<string>();
    for (const candidate of candidates) {
      if (fingerprintDistance(candidate, fingerprint) > NEAR_DUPLICATE_BITS) continue;
      for (const [other, where] of this.senders.get(candidate) ?? []) {
        if (other !== sender && !sameThread({ thread }, { thread: where })) others.add(other);
      }
    }
    return others.size;
  }
}

function bandKeys(fingerprint: string): string[] {
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band += 1) keys.push(`${band}:${fingerprint.slice(band * BAND_CHARS, (band + 1) * BAND_CHARS)}`);
  return keys;
}
