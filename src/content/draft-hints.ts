import type { DraftSignals } from '../messages';
import { EDITOR_MENTION } from '../sites/linkedin/selectors';
import { uiText } from './pattern-names';

/** Tagging this many people in one comment is what tag-hijacking looks like from the writer's side. */
export const MANY_TAGS = 3;

/** What the worker notices in a message draft, by the detector's rules; null when it could not answer. */
export type DraftCheck = (text: string) => Promise<DraftSignals | null>;

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

/** An unfilled placeholder first (the surest sign), else a stock opener; the worker reads the draft. */
export async function messageDraftHint(text: string, check: DraftCheck): Promise<string | null> {
  if (text.trim().length === 0) return null;
  const signals = await check(text);
  if (signals?.placeholder) return uiText('mirrorPlaceholder', [signals.placeholder]);
  return signals?.stockOpener ? uiText('mirrorStockOpener') : null;
}
