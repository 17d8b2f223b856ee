// The conversation list (messaging page, docked list): who the user talks with, for the nudge and the
// weekly "conversations worth a call". A row has no thread link, so it is identified by the name.
import { visibleLine } from './read-text';
import { CONVERSATION_NAME, CONVERSATION_ROW, CONVERSATION_SNIPPET } from './selectors';

export interface ConversationRow {
  element: Element;
  participantName: string;
  /** The last message's preview as shown, including LinkedIn's localised "You:" prefix when the user sent it. */
  snippet: string;
}

export function findConversationRows(root: ParentNode): ConversationRow[] {
  const rows: ConversationRow[] = [];
  for (const element of root.querySelectorAll(CONVERSATION_ROW)) {
    const name = element.querySelector(CONVERSATION_NAME);
    const participantName = name ? visibleLine(name) : '';
    if (!participantName) continue;
    const snippet = element.querySelector(CONVERSATION_SNIPPET);
    rows.push({ element, participantName, snippet: snippet ? visibleLine(snippet) : '' });
  }
  return rows;
}
