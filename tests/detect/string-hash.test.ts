import { describe, expect, it } from 'vitest';
import { FNV_BASIS, fnv1a, murmurFinalize } from '../../src/detect/string-hash';

describe('fnv1a', () => {
  it.each([
    ['', FNV_BASIS],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('gives the published FNV-1a 32-bit value for %j', (text, expected) => {
    expect(fnv1a(text)).toBe(expected);
  });

  it('starts from another basis when given one', () => {
    expect(fnv1a('foobar', 0x050c5d1f)).not.toBe(fnv1a('foobar'));
  });
});

describe('murmurFinalize', () => {
  it('keeps zero and spreads neighbouring inputs far apart', () => {
    expect(murmurFinalize(0)).toBe(0);
    const a = murmurFinalize(1);
    const b = murmurFinalize(2);
    let differing = 0;
    for (let bit = 0; bit < 32; bit += 1) if (((a ^ b) >>> bit) & 1) differing += 1;
    expect(differing).toBeGreaterThan(8);
    expect(a).toBeGreaterThanOrEqual(0);
  });
});
