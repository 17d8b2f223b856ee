import { signalsOf } from '../detect';
import { PLACEHOLDER } from '../detect/placeholder';
import type { Item } from '../detect/types';
import type { DraftSignals } from '../messages';

// The templated detector's codes for a stock template line, as a recipient would see it.
const STOCK_OPENING_SIGNALS = new Set(['stock-opener', 'stock-connect']);

/**
 * What a recipient would notice in a message draft, by the detector's own rules: an unfilled placeholder,
 * or a stock template opening. For the composer's mirror hint; the draft is not kept.
 */
export function draftSignals(text: string): DraftSignals {
  const draft: Item = { id: 'draft', kind: 'message', direction: 'in', text, mentions: [], hashtags: [] };
  return {
    placeholder: PLACEHOLDER.exec(text)?.[0] ?? null,
    stockOpener: signalsOf(draft, 'templated').some((signal) => STOCK_OPENING_SIGNALS.has(signal.code)),
  };
}
