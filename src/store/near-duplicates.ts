// Template detection keeps 64-bit SimHash fingerprints of message text (never the text) and asks how
// many other senders sent something near-identical: within the detectors' NEAR_DUPLICATE_BITS. Cutting
// a fingerprint into FINGERPRINT_BANDS slices makes that an index lookup: by the pigeonhole principle,
// two fingerprints that differ in fewer bits than there are slices agree exactly on at least one.
import { NEAR_DUPLICATE_BITS, fingerprintDistance } from '../detect/fingerprint';

/**
 * Part of the stored schema (rows carry their band keys): changing it needs a migration that recomputes
 * them. It must stay above NEAR_DUPLICATE_BITS, which a test checks.
 */
export const FINGERPRINT_BANDS = 8;

const BAND_CHARS = 16 / FINGERPRINT_BANDS;
const FINGERPRINT = /^[0-9a-f]{16}$/;

/** Lower-cases and checks a 64-bit hex fingerprint; throws on anything else. */
export function normaliseFingerprint(fp: string): string {
  const lower = fp.toLowerCase();
  if (!FINGERPRINT.test(lower)) throw new RangeError(`not a 64-bit hex fingerprint: ${fp}`);
  return lower;
}

/** The band keys of a normalised fingerprint, each tagged with its position (`0:ab`). */
export function fingerprintBands(fp: string): string[] {
  return Array.from({ length: FINGERPRINT_BANDS }, (_, band) => `${band}:${fp.slice(band * BAND_CHARS, (band + 1) * BAND_CHARS)}`);
}

/** Whether two normalised fingerprints are the same text as far as the detectors are concerned. */
export function isNearDuplicate(a: string, b: string): boolean {
  return fingerprintDistance(a, b) <= NEAR_DUPLICATE_BITS;
}
