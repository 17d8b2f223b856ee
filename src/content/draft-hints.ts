import { signalsOf } from '../detect';
import { PLACEHOLDER } from '../detect/placeholder';
import { EDITOR_MENTION } from '../sites/linkedin/selectors';
import { uiText } from './pattern-names';

/** Tagging this many people in one comment is what tag-hijacking looks like from the writer's side. */
export const MANY_TAGS = 3;

// The detector's codes for a stock template line, as a recipient would see it.
const STOCK_OPENING_SIGNALS = new Set(['stock-opener', 'stock-connect']);

/** Distinct people @-mentioned in a comment draft. */
export function countDraftMentions(editor: Element): number {
  const people = new Set<string>();
  for (const mention of editor.querySelectorAll(EDITOR_MENTION)) {
    people.add(
      mention.getAttribute('data-entity-urn') ?? mention.getAttribute('data-id') ?? mention.getAttribute('href') ?? mention.textContent?.trim() ?? '',
    );
  }
  people.delete('');
  return people.size;
}

export function commentDraftHint(editor: Element): string | null {
  const tags = countDraftMentions(editor);
  return tags >= MANY_TAGS ? uiText('mirrorTagging', [String(tags)]) : null;
}

/** An unfilled placeholder first (the surest sign), else a stock opener, by the detector's own rules. */
export function messageDraftHint(text: string): string | null {
  if (text.trim().length === 0) return null;
  const placeholder = PLACEHOLDER.exec(text);
  if (placeholder) return uiText('mirrorPlaceholder', [placeholder[0]]);
  const signals = signalsOf({ id: 'draft', kind: 'message', direction: 'in', text, mentions: [], hashtags: [] }, 'templated');
  return signals.some((signal) => STOCK_OPENING_SIGNALS.has(signal.code)) ? uiText('mirrorStockOpener') : null;
}
