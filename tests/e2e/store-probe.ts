import type { StoredEvent } from '../../src/shared/store-types';
import type { ExtensionBrowser } from '../../scripts/extension-browser';

/** Runs inside an extension page (Chromium or Firefox): every stored event. */
export const allStoredEvents = (): Promise<StoredEvent[]> =>
  new Promise<StoredEvent[]>((resolve, reject) => {
    const open = indexedDB.open('not-so-social');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const request = open.result.transaction('events').objectStore('events').getAll();
      request.onsuccess = () => resolve(request.result as StoredEvent[]);
      request.onerror = () => reject(request.error);
    };
  });

/**
 * Reads the extension's IndexedDB from one of its own pages. Only call this after the worker has
 * opened the database: opening it first would create an empty one that the upgrade never fills.
 */
export async function readStoredEvents(browser: ExtensionBrowser): Promise<StoredEvent[]> {
  const page = await browser.openExtensionPage('src/popup/index.html');
  try {
    return await page.evaluate(allStoredEvents);
  } finally {
    await page.close();
  }
}

export async function countStoredEvents(browser: ExtensionBrowser, kind: StoredEvent['kind'], pattern: string): Promise<number> {
  const events = await readStoredEvents(browser);
  return events.filter((e) => e.kind === kind && e.verdicts.some((v) => v.pattern === pattern)).length;
}
