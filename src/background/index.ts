import browser from 'webextension-polyfill';
import { parseMessage } from '../messages';
import { openStore } from '../store';
import { handleMessage, messageHandlers } from './handle-message';
import { isTrustedSender } from './trusted-sender';

// The worker can be stopped at any moment: the handle is reopened on demand, and every count is
// written to IndexedDB before a message is answered.
const handlers = openStore().then((store) => messageHandlers(store));
const extensionOrigin = browser.runtime.getURL('');

browser.runtime.onMessage.addListener((raw: unknown, sender) => {
  const message = parseMessage(raw);
  if (!message || !isTrustedSender(sender, message, browser.runtime.id, extensionOrigin)) return undefined;
  return handlers.then((h) => handleMessage(h, message));
});
