import type { Item, Verdict } from '../detect/types';
import type { Label } from './corpus-line';

export interface ScannedItem {
  item: Item;
  verdicts: Verdict[];
  label?: Label;
}

/** The scanner's per-item output line. */
export function outputLine({ item, verdicts }: ScannedItem): string {
  return JSON.stringify({ id: item.id, kind: item.kind, verdicts });
}
