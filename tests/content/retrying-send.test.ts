// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PageSession } from '../../src/content/page-session';
import { sendRetrying } from '../../src/content/retrying-send';
import type { Message } from '../../src/messages';
import { mockBrowser } from './extension-globals';

const judge: Message = { type: 'content/judge-items', items: [] };

afterEach(() => {
  vi.useRealTimers();
  mockBrowser.runtime.sendMessage.mockReset();
});

describe('sendRetrying', () => {
  test('sends again when a waking worker dropped the reply, and resolves to the answer', async () => {
    vi.useFakeTimers();
    mockBrowser.runtime.sendMessage.mockRejectedValueOnce(new Error('message channel closed')).mockResolvedValue({ judged: [] } as never);
    const answer = sendRetrying(new PageSession(), judge);
    await vi.advanceTimersByTimeAsync(1000);
    await expect(answer).resolves.toEqual({ judged: [] });
    expect(mockBrowser.runtime.sendMessage).toHaveBeenCalledTimes(2);
  });

  test('gives up quietly after five failures in a row', async () => {
    vi.useFakeTimers();
    mockBrowser.runtime.sendMessage.mockRejectedValue(new Error('no worker'));
    const answer = sendRetrying(new PageSession(), judge);
    await vi.advanceTimersByTimeAsync(120_000);
    await expect(answer).resolves.toBeNull();
    expect(mockBrowser.runtime.sendMessage).toHaveBeenCalledTimes(5);
  });

  test('does not try again once the extension is gone', async () => {
    mockBrowser.runtime.sendMessage.mockRejectedValue(new Error('Extension context invalidated'));
    const session = new PageSession();
    session.stop();
    await expect(sendRetrying(session, judge)).resolves.toBeNull();
    expect(mockBrowser.runtime.sendMessage).toHaveBeenCalledTimes(1);
  });
});
