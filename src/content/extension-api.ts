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
  return globals.browser ?? globals.chrome;
}

/** Sends one protocol message to the background worker and types its answer. */
export function sendMessage<M extends Message>(message: M): Promise<ResponseTo<M>> {
  const api = extensionApi();
  if (!api) return Promise.reject(new Error('extension runtime unavailable'));
  return api.runtime.sendMessage(message) as Promise<ResponseTo<M>>;
}

/** A string from _locales in the browser's language; '' when the key is missing. */
export function localText(key: string, substitutions?: string[]): string {
  return extensionApi()?.i18n.getMessage(key, substitutions) ?? '';
}

/** The id of the extension that injected this script; throws or is empty once it was reloaded or removed. */
export function runtimeId(): string | undefined {
  return extensionApi()?.runtime?.id;
}
