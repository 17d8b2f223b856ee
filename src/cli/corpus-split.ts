// The deterministic dev / held-out split: a quarter of the items, chosen by a hash of their text,
// is never shown to the tuning script. Placeholder-filled variants follow their template.

const HELD_OUT_EVERY = 4;

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export function isHeldOut(text: string): boolean {
  return fnv1a(text) % HELD_OUT_EVERY === 0;
}

export type Split = 'dev' | 'heldout' | 'fresh';

/**
 * Where a gathered file's lines go: `*-dev2.jsonl` was gathered to learn from and joins dev;
 * `*-fresh2.jsonl` was gathered before the second detector pass and is only ever measured; every
 * other gathered file is held out.
 */
export function splitOfGatheredFile(fileName: string): Split {
  if (fileName.endsWith('-fresh2.jsonl')) return 'fresh';
  if (fileName.endsWith('-dev2.jsonl')) return 'dev';
  return 'heldout';
}
