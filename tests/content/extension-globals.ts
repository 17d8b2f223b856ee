// The content script calls the browser's own `browser`/`chrome` global (src/content/extension-api.ts);
// under vitest that global is the same stand-in the polyfill mock provides.
import browser from '../mocks/webextension-polyfill';

(globalThis as { browser?: unknown }).browser = browser;

export const mockBrowser = browser;
