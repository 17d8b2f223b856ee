// "Export my data" and "Delete everything" on the real options page, against a store filled by visiting
// saved pages: the file holds the events (hashed ids, no text) and the delete leaves nothing behind.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/extension-browser';
import type { ExportedData, StoredEvent } from '../../src/shared/store-types';
import { readStoredEvents } from './store-probe';

const THREAD_PATH = '/messaging/thread/2-MTc3OTQxODM4MzY0MWI0Nzk0NC0xMDAmODQ4MmZjYWUtYWU4NS00YWU3LWJlZmUtOTU0ODdkNTI2OWI2XzEwMA==/';
const PROFILE_PATH = '/in/someone/';
const MANAGER_PATH = '/mynetwork/invitation-manager/';
const POST_PATH = '/feed/update/urn:li:activity:1111111111111111111/';

/** Sentences the saved pages show, which the extension reads and must never keep. */
const PAGE_SENTENCES = [
  'Saw you in the Career System Community',
  'Let me know if I can help with anything in your job search',
  'I help founders like you book 20+ qualified meetings a month',
  'Danke, kein Bedarf im Moment',
  'I came across your profile and was impressed by your background',
  'ta question sur les lifetimes',
];

let browser: ExtensionBrowser;
let stored: StoredEvent[];

beforeAll(async () => {
  browser = await launchExtensionBrowser({
    routes: {
      [THREAD_PATH]: 'linkedin-messaging-thread-2026-05.html',
      [PROFILE_PATH]: 'synthetic-chat-window-2026.html',
      [MANAGER_PATH]: 'synthetic-invitation-manager-ember-2026.html',
      [POST_PATH]: 'linkedin-post-comment-thread-2026-09-edited-four-mentions.html',
    },
  });
  for (const path of [THREAD_PATH, PROFILE_PATH, MANAGER_PATH, POST_PATH]) {
    const page = await browser.openLinkedIn(path);
    await page.locator('not-so-social-label').first().waitFor({ state: 'attached', timeout: 15_000 });
    // Reports are batched for a second before the worker writes them.
    await page.waitForTimeout(2500);
    await page.close();
  }
  stored = await readStoredEvents(browser);
}, 120_000);
afterAll(async () => browser?.close());

async function openOptions(): Promise<Page> {
  const page = await browser.openExtensionPage('src/options/index.html');
  await page.getByRole('button', { name: 'Export my data' }).waitFor({ timeout: 15_000 });
  return page;
}

/** How many rows each object store of the extension's database holds, read straight from IndexedDB. */
function rowsPerStore(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('not-so-social');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const transaction = db.transaction(names);
          const rows: Record<string, number> = {};
          for (const name of names) {
            const request = transaction.objectStore(name).count();
            request.onsuccess = () => (rows[name] = request.result);
          }
          transaction.oncomplete = () => resolve(rows);
          transaction.onerror = () => reject(transaction.error);
        };
      }),
  );
}

test('export downloads a JSON file with every stored event by its hashed id, and none of the text read', async () => {
  expect(stored.length).toBeGreaterThan(10);
  const options = await openOptions();
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export my data' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^not-so-social-export-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await readFile(await download.path(), 'utf8');
  const data = JSON.parse(text) as ExportedData;
  expect(data.format).toBe('not-so-social-export');
  expect(data.events.map((e) => e.id).sort()).toEqual(stored.map((e) => e.id).sort());
  for (const event of data.events) expect(event.id).toMatch(/^[0-9a-f]{16,64}$/);
  expect(data.rollups.length).toBeGreaterThan(0);
  for (const sentence of PAGE_SENTENCES) expect(text).not.toContain(sentence);
  await expect.poll(() => options.getByTestId('export-note').textContent()).toContain(String(stored.length));
  await options.close();
});

test('delete, once confirmed, empties every store and the popup is back to its first-run state', async () => {
  const options = await openOptions();
  expect((await rowsPerStore(options)).events).toBe(stored.length);
  await options.getByRole('button', { name: 'Delete everything…' }).click();
  await options.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect.poll(() => options.getByTestId('delete-note').textContent(), { timeout: 10_000 }).toBe('Everything is deleted: the store now holds nothing.');
  const rows = await rowsPerStore(options);
  expect(Object.keys(rows).length).toBeGreaterThanOrEqual(7);
  expect(Object.values(rows).every((count) => count === 0), JSON.stringify(rows)).toBe(true);
  await options.close();

  const popup = await browser.openExtensionPage('src/popup/index.html');
  await expect.poll(() => popup.locator('main').getAttribute('data-state'), { timeout: 15_000 }).toBe('first-run');
  await popup.close();
});
