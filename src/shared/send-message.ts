import browser from 'webextension-polyfill';
import type { Message, ResponseTo } from '../messages';

/** Sends one protocol message to the background worker and types its answer. */
export function sendMessage<M extends Message>(message: M): Promise<ResponseTo<M>> {
  return browser.runtime.sendMessage(message) as Promise<ResponseTo<M>>;
}
