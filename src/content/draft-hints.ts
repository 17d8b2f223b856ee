import { PLACEHOLDER } from '../detect/placeholder';
import { EDITOR_MENTION } from '../sites/linkedin/selectors';
import { uiText } from './pattern-names';

/** Tagging this many people in one comment is what tag-hijacking looks like from the writer's side. */
export const MANY_TAGS = 3;

/** Whether a message draft opens like a stock template; the worker answers by the detector's rules. */
export type StockOpenerCheck = (text: string) => Promise<boolean>;

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

/**
 * An unfilled placeholder first (the surest sign, and found here at once), else a stock opener, which
 * the worker recognises by the detector's own rules.
 */
export async function messageDraftHint(text: string, stockOpener: StockOpenerCheck): Promise<string | null> {
  if (text.trim().length === 0) return null;
  const placeholder = PLACEHOLDER.exec(text);
  if (placeholder) return uiText('mirrorPlaceholder', [placeholder[0]]);
  return (await stockOpener(text)) ? uiText('mirrorStockOpener') : null;
}
