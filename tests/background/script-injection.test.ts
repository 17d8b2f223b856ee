import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { Scripting } from 'webextension-polyfill';
import { describe, expect, test, vi } from 'vitest';
import { CALL_SCRIPT_FILE, injectCallScript, type InjectionTarget } from '../../src/background/call-script-injection';
import { handleMessage, messageHandlers, systemClock, type BackgroundDeps, type MessageOrigin } from '../../src/background/handle-message';
import { parseMessage } from '../../src/messages';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { openStore } from '../../src/store';

const scripting = (executeScript: Scripting.Static['executeScript']): Pick<Scripting.Static, 'executeScript'> => ({ executeScript });

describe('injectCallScript', () => {
  test('injects the built call script into exactly the frame that asked', async () => {
    const executeScript = vi.fn(async () => []);
    expect(await injectCallScript(scripting(executeScript), { tabId: 7, frameId: 3 })).toBe(true);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: [CALL_SCRIPT_FILE] });
  });

  test('answers false, without throwing, when the tab closed or left LinkedIn meanwhile', async () => {
    const executeScript = vi.fn(async () => {
      throw new Error('Cannot access contents of the page');
    });
    expect(await injectCallScript(scripting(executeScript), { tabId: 7, frameId: 0 })).toBe(false);
  });
});

describe('content/inject-call-script', () => {
  async function sendFrom(origin: MessageOrigin | undefined, inject?: (target: InjectionTarget) => Promise<boolean>): Promise<unknown> {
    const deps: BackgroundDeps = {
      store: await openStore({ factory: new IDBFactory() }),
      clock: systemClock,
      settings: { load: async () => DEFAULT_SETTINGS, save: async () => ({ ok: true, settings: DEFAULT_SETTINGS }), clear: async () => undefined },
      summaryShown: async () => undefined,
      ...(inject && { injectCallScript: inject }),
    };
    const message = parseMessage({ type: 'content/inject-call-script', tabId: 99, frameId: 99 });
    if (!message) throw new Error('content/inject-call-script was refused');
    return handleMessage(messageHandlers(deps), message, origin);
  }

  test('injects into the sender\'s own tab and frame, never into one the message names', async () => {
    const inject = vi.fn(async () => true);
    expect(await sendFrom({ tabId: 4, frameId: 0 }, inject)).toEqual({ injected: true });
    expect(inject).toHaveBeenCalledWith({ tabId: 4, frameId: 0 });
  });

  test('says so when injecting failed', async () => {
    expect(await sendFrom({ tabId: 4, frameId: 0 }, async () => false)).toEqual({ injected: false });
  });

  test('injects nothing for a sender that is not a tab\'s frame, or without the scripting API', async () => {
    const inject = vi.fn(async () => true);
    expect(await sendFrom({ frameId: 0 }, inject)).toEqual({ injected: false });
    expect(await sendFrom(undefined, inject)).toEqual({ injected: false });
    expect(inject).not.toHaveBeenCalled();
    expect(await sendFrom({ tabId: 4, frameId: 0 })).toEqual({ injected: false });
  });
});
