import { signalsOf } from '../detect';
import type { Item } from '../detect/types';

// The templated detector's codes for a stock template line, as a recipient would see it.
const STOCK_OPENING_SIGNALS = new Set(['stock-opener', 'stock-connect']);

/** Whether a message draft opens like a template, by the detector's own rules: the composer's mirror hint. */
export function draftOpensLikeTemplate(text: string): boolean {
  const draft: Item = { id: 'draft', kind: 'message', direction: 'in', text, mentions: [], hashtags: [] };
  return signalsOf(draft, 'templated').some((signal) => STOCK_OPENING_SIGNALS.has(signal.code));
}
