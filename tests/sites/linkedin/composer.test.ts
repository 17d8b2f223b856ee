// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findCommentEditors, findMessageComposers, threadParticipantName } from '../../../src/sites/linkedin/composer';
import { loadFixture } from './load-fixture';

describe('message composers', () => {
  it('finds the full-page composer and names the thread participant from the title bar', () => {
    const [composer, ...rest] = findMessageComposers(loadFixture('linkedin-messaging-thread-2026-05.html'));
    expect(rest).toEqual([]);
    expect(composer?.getAttribute('contenteditable')).toBe('true');
    expect(threadParticipantName(composer!)).toBe('Casey Carter');
  });

  it('finds the chat-window composer and names the participant from its own window header, not the list header', () => {
    const [composer] = findMessageComposers(loadFixture('synthetic-chat-window-2026.html'));
    expect(threadParticipantName(composer!)).toBe('Jordan Reyes');
  });

  it('names the participant from the header of a real chat window saved without its outer window element', () => {
    const [composer, ...rest] = findMessageComposers(loadFixture('linkedin-chat-window-2026-05-trimmed.html'));
    expect(rest).toEqual([]);
    expect(threadParticipantName(composer!)).toBe('Bob Brown');
  });

  it('finds no composer on a feed page', () => {
    expect(findMessageComposers(loadFixture('synthetic-react-feed-2026.html'))).toEqual([]);
  });
});

describe('comment editors', () => {
  it('finds the Ember Quill editor and not its clipboard twin', () => {
    const editors = findCommentEditors(loadFixture('linkedin-post-comment-thread-2026-09.html'));
    expect(editors.map((e) => e.classList.contains('ql-editor'))).toEqual([true]);
  });

  it('finds the React tiptap editor', () => {
    const editors = findCommentEditors(loadFixture('synthetic-react-feed-2026.html'));
    expect(editors.map((e) => e.classList.contains('ProseMirror'))).toEqual([true]);
  });

  it('a comment editor belongs to no message thread', () => {
    const [editor] = findCommentEditors(loadFixture('synthetic-react-feed-2026.html'));
    expect(threadParticipantName(editor!)).toBeNull();
  });
});
