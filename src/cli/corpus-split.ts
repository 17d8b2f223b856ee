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

/** `fresh<N>`: a set gathered for the N-th pass, kept apart until it is measured once. */
export type Split = 'dev' | 'heldout' | `fresh${number}`;

/**
 * Where one line of a gathered file goes, by the file's name:
 * - `*-fresh<N>.jsonl` (N a number): gathered for the N-th pass and never read by whoever tunes, only
 *   measured; once measured it is renamed `*-was-fresh<N>-dev.jsonl` and joins dev;
 * - `*-dev.jsonl`, `*-dev2.jsonl`, `*-dev3.jsonl` (any `-dev<N>`): gathered, or already read, to learn from;
 * - `*-hashsplit.jsonl`: bulk genuine text, split by the text's hash like the shared corpus (a quarter
 *   held out), so both sides get examples of every source;
 * - anything else: held out.
 */
export function splitOfGatheredLine(fileName: string, text: string): Split {
  const fresh = /-fresh(\d+)\.jsonl$/.exec(fileName);
  if (fresh) return `fresh${Number(fresh[1])}`;
  if (/-dev\d*\.jsonl$/.test(fileName)) return 'dev';
  if (fileName.endsWith('-hashsplit.jsonl')) return isHeldOut(text) ? 'heldout' : 'dev';
  return 'heldout';
}
