import { describe, expect, it } from 'vitest';
import { NEAR_DUPLICATE_BITS } from '../../src/detect/fingerprint';
import { FINGERPRINT_BANDS, fingerprintBands, isNearDuplicate, normaliseFingerprint } from '../../src/store/near-duplicates';

function flipBits(fp: string, bits: number[]): string {
  let value = BigInt(`0x${fp}`);
  for (const bit of bits) value ^= 1n << BigInt(bit);
  return value.toString(16).padStart(16, '0');
}

describe('fingerprintBands', () => {
  it('cuts a fingerprint into positioned slices', () => {
    expect(fingerprintBands('0123456789abcdef')).toEqual(['0:01', '1:23', '2:45', '3:67', '4:89', '5:ab', '6:cd', '7:ef']);
  });

  it('has more slices than the detectors allow differing bits, so the index finds every near-duplicate', () => {
    expect(FINGERPRINT_BANDS).toBeGreaterThan(NEAR_DUPLICATE_BITS);
  });

  it('leaves the worst case, one differing bit in each of all but one slice, sharing that slice', () => {
    const base = 'f0f0f0f0f0f0f0f0';
    const bitsPerBand = 64 / FINGERPRINT_BANDS;
    const spread = Array.from({ length: NEAR_DUPLICATE_BITS }, (_, i) => 64 - bitsPerBand * (i + 1) + 1);
    const near = flipBits(base, spread);
    expect(isNearDuplicate(base, near)).toBe(true);
    const shared = fingerprintBands(base).filter((band) => fingerprintBands(near).includes(band));
    expect(shared).toHaveLength(FINGERPRINT_BANDS - NEAR_DUPLICATE_BITS);
  });
});

describe('isNearDuplicate', () => {
  it('follows the detectors: up to NEAR_DUPLICATE_BITS differing bits, not one more', () => {
    const base = '0123456789abcdef';
    const upTo = Array.from({ length: NEAR_DUPLICATE_BITS + 1 }, (_, i) => i * 5);
    expect(isNearDuplicate(base, flipBits(base, upTo.slice(0, NEAR_DUPLICATE_BITS)))).toBe(true);
    expect(isNearDuplicate(base, flipBits(base, upTo))).toBe(false);
  });
});

describe('normaliseFingerprint', () => {
  it('lower-cases and rejects anything but 16 hex digits', () => {
    expect(normaliseFingerprint('0123456789ABCDEF')).toBe('0123456789abcdef');
    expect(() => normaliseFingerprint('0123')).toThrow(RangeError);
    expect(() => normaliseFingerprint('0123456789abcdeg')).toThrow(RangeError);
  });
});
