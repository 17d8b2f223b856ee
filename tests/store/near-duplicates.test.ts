import { describe, expect, it } from 'vitest';
import { fingerprintBands, hammingDistance, normaliseFingerprint } from '../../src/store/near-duplicates';

describe('hammingDistance', () => {
  it('counts differing bits across all 64', () => {
    expect(hammingDistance('0000000000000000', '0000000000000000')).toBe(0);
    expect(hammingDistance('0000000000000000', 'ffffffffffffffff')).toBe(64);
    expect(hammingDistance('8000000000000001', '0000000000000000')).toBe(2);
    expect(hammingDistance('0123456789abcdef', '0123456789abcdee')).toBe(1);
  });
});

describe('fingerprintBands', () => {
  it('cuts a fingerprint into four positioned 16-bit bands', () => {
    expect(fingerprintBands('0123456789abcdef')).toEqual(['0:0123', '1:4567', '2:89ab', '3:cdef']);
  });

  it('leaves fingerprints within distance 3 sharing a band', () => {
    const base = 'f0f0f0f0f0f0f0f0';
    const flipped = (bits: number[]) => {
      let value = BigInt(`0x${base}`);
      for (const bit of bits) value ^= 1n << BigInt(bit);
      return value.toString(16).padStart(16, '0');
    };
    const near = flipped([3, 20, 40]);
    expect(hammingDistance(base, near)).toBe(3);
    const shared = fingerprintBands(base).filter((band) => fingerprintBands(near).includes(band));
    expect(shared).toEqual(['0:f0f0']);
  });
});

describe('normaliseFingerprint', () => {
  it('lower-cases and rejects anything but 16 hex digits', () => {
    expect(normaliseFingerprint('0123456789ABCDEF')).toBe('0123456789abcdef');
    expect(() => normaliseFingerprint('0123')).toThrow(RangeError);
    expect(() => normaliseFingerprint('0123456789abcdeg')).toThrow(RangeError);
  });
});
