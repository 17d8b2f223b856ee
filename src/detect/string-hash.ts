// Cheap 32-bit hashing for the detectors' hashed features and fingerprints: FNV-1a, whose low bits
// are poorly mixed, and murmur3's finaliser for where those bits pick a table slot or a fingerprint bit.

export const FNV_BASIS = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 code units of `text`, from `basis`. */
export function fnv1a(text: string, basis: number = FNV_BASIS): number {
  let hash = basis;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash >>> 0;
}

/** murmur3's 32-bit finaliser: spreads every input bit over every output bit. */
export function murmurFinalize(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
