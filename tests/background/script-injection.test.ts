import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { Scripting } from 'webextension-polyfill';
import { describe, expect, test, vi } from 'vitest';
import { INJECTED_SCRIPT_FILES, injectScript, type InjectionTarget } from '../../src/background/script-injection';
import { handleMessage, messageHandlers, systemClock, type BackgroundDeps, type MessageOrigin } from '../../src/background/handle-message';
import { INJECTED_PARTS, parseMessage, type InjectedPart } from '../../src/messages';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { openStore } from '../../src/store';

const scripting = (executeScript: Scripting.Static['executeScript']): Pick<Scripting.Static, 'executeScript'> => ({ executeScript });

describe('injectScript', () => {
  test('injects the named part\'s built script into exactly the frame that asked', async () => {
    const executeScript = vi.fn(async () => []);
    expect(await injectScript(scripting(executeScript), 'call', { tabId: 7, frameId: 3 })).toBe(true);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: ['src/content/call-feature.js'] });
    expect(await injectScript(scripting(executeScript), 'nudge-banner', { tabId: 7, frameId: 0 })).toBe(true);
    expect(executeScript).toHaveBeenLastCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['src/content/nudge-banner.js'] });
  });

  test('each part has its own script file', () => {
    const files = INJECTED_PARTS.map((part) => INJECTED_SCRIPT_FILES[part]);
    expect(new Set(files).size).toBe(INJECTED_PARTS.length);
    for (const file of files) expect(file).toMatch(/^src\/content\/[a-z-]+\.js$/);
  });

  test('answers false, without throwing, when the tab closed or left LinkedIn meanwhile', async () => {
    const executeScript = vi.fn(async () => {
      throw new Error('Cannot access contents of the page');
    });
    expect(await injectScript(scripting(executeScript), 'call', { tabId: 7, frameId: 0 })).toBe(false);
  });
});

describe('content/inject-script', () => {
  async function sendFrom(
    origin: MessageOrigin | undefined,
    inject?: (part: InjectedPart, target: InjectionTarget) => Promise<boolean>,
    part: InjectedPart = 'call',
  ): Promise<unknown> {
    const deps: BackgroundDeps = {
      store: await openStore({ factory: new IDBFactory() }),
      clock: systemClock,
      settings: { load: async () => DEFAULT_SETTINGS, save: async () => ({ ok: true, settings: DEFAULT_SETTINGS }), clear: async () => undefined },
      summaryShown: async () => undefined,
      ...(inject && { injectScript: inject }),
    };
    const message = parseMessage({ type: 'content/inject-script', part, tabId: 99, frameId: 99 });
    if (!message) throw new Error('content/inject-script was refused');
    return handleMessage(messageHandlers(deps), message, origin);
  }

  test('injects into the sender\'s own tab and frame, never into one the message names', async () => {
    const inject = vi.fn(async () => true);
    expect(await sendFrom({ tabId: 4, frameId: 0 }, inject)).toEqual({ injected: true });
    expect(inject).toHaveBeenCalledWith('call', { tabId: 4, frameId: 0 });
    expect(await sendFrom({ tabId: 4, frameId: 2 }, inject, 'nudge-banner')).toEqual({ injected: true });
    expect(inject).toHaveBeenLastCalledWith('nudge-banner', { tabId: 4, frameId: 2 });
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

describe('content/inject-script\'s shape', () => {
  test('names one of the injected parts, nothing else', () => {
    for (const part of INJECTED_PARTS) expect(parseMessage({ type: 'content/inject-script', part })).not.toBeNull();
    expect(parseMessage({ type: 'content/inject-script' })).toBeNull();
    expect(parseMessage({ type: 'content/inject-script', part: 'background/index.js' })).toBeNull();
    expect(parseMessage({ type: 'content/inject-call-script' })).toBeNull();
  });
});
