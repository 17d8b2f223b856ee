import { afterEach, describe, expect, test, vi } from 'vitest';
import { firstPageState } from '../../src/content/first-page-state';
import { PageSession } from '../../src/content/page-session';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { mockBrowser } from './extension-globals';

const state = { correctedIds: [], settings: DEFAULT_SETTINGS };
const dropped = new Error('A listener indicated an asynchronous response by returning true, but the message channel closed');

afterEach(() => {
  vi.useRealTimers();
  mockBrowser.runtime.sendMessage.mockReset();
});

describe('firstPageState', () => {
  test('asks again when the worker was stopped while answering', async () => {
    vi.useFakeTimers();
    mockBrowser.runtime.sendMessage.mockRejectedValueOnce(dropped).mockRejectedValueOnce(dropped).mockResolvedValue(state as never);
    const answer = firstPageState(new PageSession());
    await vi.runAllTimersAsync();
    expect(await answer).toEqual(state);
    expect(mockBrowser.runtime.sendMessage).toHaveBeenCalledTimes(3);
  });

  test('gives up after a few tries, and at once when the extension is gone', async () => {
    vi.useFakeTimers();
    mockBrowser.runtime.sendMessage.mockRejectedValue(dropped);
    const answer = firstPageState(new PageSession()).catch((error: unknown) => error);
    await vi.runAllTimersAsync();
    expect(await answer).toBe(dropped);
    expect(mockBrowser.runtime.sendMessage).toHaveBeenCalledTimes(6);

    mockBrowser.runtime.sendMessage.mockClear();
    const session = new PageSession();
    session.stop();
    await expect(firstPageState(session)).rejects.toBe(dropped);
    expect(mockBrowser.runtime.sendMessage).toHaveBeenCalledTimes(1);
  });
});
