// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { localText, runtimeId, sendMessage } from '../../src/content/extension-api';
import { mockBrowser } from './extension-globals';

type Globals = { browser?: unknown; chrome?: unknown };
const globals = globalThis as Globals;

afterEach(() => {
  globals.browser = mockBrowser;
  delete globals.chrome;
});

describe('extension API without the polyfill', () => {
  test('uses Firefox\'s `browser` when it is the extension API', async () => {
    vi.mocked(mockBrowser.runtime.sendMessage).mockResolvedValueOnce({ ok: true } as never);
    expect(await sendMessage({ type: 'content/nudge-snooze' })).toEqual({ ok: true });
    expect(localText('notBroadcast')).toBe('Not broadcast');
    expect(runtimeId()).toBe('test-extension-id');
  });

  test('uses Chromium\'s `chrome` when `browser` is only a page element named "browser"', async () => {
    const clobbered = document.createElement('div');
    clobbered.id = 'browser';
    globals.browser = clobbered;
    const chromeSend = vi.fn(async () => ({ ok: true }));
    globals.chrome = { runtime: { id: 'chrome-id', sendMessage: chromeSend }, i18n: { getMessage: () => 'Nicht Broadcast' } };
    await sendMessage({ type: 'content/nudge-snooze' });
    expect(chromeSend).toHaveBeenCalledWith({ type: 'content/nudge-snooze' });
    expect(localText('notBroadcast')).toBe('Nicht Broadcast');
    expect(runtimeId()).toBe('chrome-id');
  });

  test('after the extension was removed there is no runtime id, and a send that throws becomes a rejection', async () => {
    delete globals.browser;
    globals.chrome = { runtime: { sendMessage: () => { throw new Error('Extension context invalidated.'); } } };
    expect(runtimeId()).toBeUndefined();
    await expect(sendMessage({ type: 'content/page-state' })).rejects.toThrow();
  });
});
