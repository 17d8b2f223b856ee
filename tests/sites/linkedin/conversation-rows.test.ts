// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findConversationRows } from '../../../src/sites/linkedin/conversation-rows';
import { loadFixture } from './load-fixture';

describe('findConversationRows', () => {
  it('reads each row of the docked conversation list', () => {
    const rows = findConversationRows(loadFixture('synthetic-chat-window-2026.html'));
    expect(rows.map(({ participantName, snippet }) => ({ participantName, snippet }))).toEqual([
      { participantName: 'Jordan Reyes', snippet: 'Sie: Danke, kein Bedarf im Moment.' },
      { participantName: 'Ana Ruiz', snippet: 'Wollen wir am Donnerstag telefonieren?' },
    ]);
    expect(rows.every((row) => row.element.matches('li'))).toBe(true);
  });

  it('finds none on pages without a conversation list', () => {
    expect(findConversationRows(loadFixture('synthetic-react-feed-2026.html'))).toEqual([]);
  });
});
