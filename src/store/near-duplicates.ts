// Template detection keeps 64-bit SimHash fingerprints of message text (never the text) and asks how
// many other senders sent something within a Hamming distance of 3. Cutting a fingerprint into four
// 16-bit bands makes that an index lookup: by the pigeonhole principle, two fingerprints that differ in
// at most 3 bits agree exactly on at least one of the four bands.

export const NEAR_DUPLICATE_DISTANCE = 3;

const FINGERPRINT = /^[0-9a-f]{16}$/;

/** Lower-cases and checks a 64-bit hex fingerprint; throws on anything else. */
export function normaliseFingerprint(fp: string): string {
  const lower = fp.toLowerCase();
  if (!FINGERPRINT.test(lower)) throw new RangeError(`not a 64-bit hex fingerprint: ${fp}`);
  return lower;
}

/** The four band keys of a normalised fingerprint, each tagged with its position (`0:ab12`). */
export function fingerprintBands(fp: string): string[] {
  return [0, 1, 2, 3].map((band) => `${band}:${fp.slice(band * 4, band * 4 + 4)}`);
}

/** Number of differing bits between two normalised 64-bit hex fingerprints. */
export function hammingDistance(a: string, b: string): number {
  let diff = BigInt(`0x${a}`) ^ BigInt(`0x${b}`);
  let bits = 0;
  while (diff > 0n) {
    diff &= diff - 1n;
    bits += 1;
  }
  return bits;
}
