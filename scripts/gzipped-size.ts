// The one measure of a script's download size that the size goal, bench:page and check:mv3's budget use:
// zlib at level 9, in bytes. GNU `gzip -9c` deflates with its own code and comes out some 40 B smaller.
import { gzipSync } from 'node:zlib';

export function gzippedSize(code: Uint8Array | string): number {
  return gzipSync(code, { level: 9 }).length;
}
