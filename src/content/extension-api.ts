import type { Browser } from 'webextension-polyfill';
import type { Message, ResponseTo } from '../messages';

// The content script uses the browser's own promise-based API instead of webextension-polyfill, which
// would be a third of its size. Firefox exposes `browser`; Chromium's MV3 `chrome` returns promises from
// runtime.sendMessage (Chrome 99+, the manifest asks for 116), and i18n.getMessage is synchronous in both.
// Only the calls below are used, and they behave the same in both browsers.
interface ExtensionGlobals {
  browser?: Browser;
  chrome?: Browser;
}

function extensionApi(): Browser | undefined {
  const globals = globalThis as ExtensionGlobals;
  // An element with id="browser" on the page is visible as a named property of window even here:
  // only a `browser` that carries a runtime is the extension API.
  if (globals.browser?.runtime?.id) return globals.browser;
  return globals.chrome;
}

/**
 * Sends one protocol message to the background worker and types its answer. Async so that Chromium's
 * synchronous "Extension context invalidated" throw arrives as a rejection like every other failure.
 */
export async function sendMessage<M extends Message>(message: M): Promise<ResponseTo<M>> {
  const api = extensionApi();
  if (!api) throw new Error('extension runtime unavailable');
  return (await api.runtime.sendMessage(message)) as ResponseTo<M>;
}

/** A string from _locales in the browser's language; '' when the key is missing. */
export function localText(key: string, substitutions?: string[]): string {
  return extensionApi()?.i18n.getMessage(key, substitutions) ?? '';
}

/** The id of the extension that injected this script; throws or is empty once it was reloaded or removed. */
export function runtimeId(): string | undefined {
  return extensionApi()?.runtime?.id;
}
