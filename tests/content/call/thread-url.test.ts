import { describe, expect, test } from 'vitest';
import { conversationFromPath, threadUrlFor } from '../../../src/content/call/thread-url';

describe('thread URLs', () => {
  test('writes the address LinkedIn uses for a conversation id', () => {
    // The pair as LinkedIn links it: 2- and the base64 of the id in the message urns.
    expect(threadUrlFor('e4fdb26c-9d6f-4eb6-8777-14bcdb274a87_100')).toBe(
      'https://www.linkedin.com/messaging/thread/2-ZTRmZGIyNmMtOWQ2Zi00ZWI2LTg3NzctMTRiY2RiMjc0YTg3XzEwMA==/',
    );
  });

  test('reads the conversation id back from a thread path', () => {
    const path = new URL(threadUrlFor('8482fcae-ae85-4ae7-befe-95487d5269b6_100')).pathname;
    expect(conversationFromPath(path)).toBe('8482fcae-ae85-4ae7-befe-95487d5269b6_100');
  });

  test('reads ids whose base64 needs no padding, with or without the trailing slash', () => {
    expect(conversationFromPath(`/messaging/thread/2-${btoa('another-conversation_100')}/`)).toBe('another-conversation_100');
    expect(conversationFromPath(`/messaging/thread/2-${btoa('another-conversation_100')}`)).toBe('another-conversation_100');
  });

  test('other paths name no conversation', () => {
    expect(conversationFromPath('/messaging/')).toBeUndefined();
    expect(conversationFromPath('/feed/')).toBeUndefined();
    expect(conversationFromPath('/messaging/thread/new/')).toBeUndefined();
  });
});
