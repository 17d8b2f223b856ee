import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FIXTURES, launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/extension-browser';
import type { SelectorHealth } from '../../src/shared/store-types';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser({ routes: { '/feed/': 'synthetic-react-feed-2026.html' } });
});
afterAll(async () => browser?.close());

async function readHealth(): Promise<SelectorHealth[]> {
  const page = await browser.openExtensionPage('src/popup/index.html');
  try {
    return await page.evaluate(
      () =>
        new Promise<SelectorHealth[]>((resolve, reject) => {
          // Only once the worker has created the database: opening it first would create an empty one, and
          // this page's connection would then hold off the worker's upgrade for good.
          indexedDB.databases().then((databases) => {
            if (!databases.some((database) => database.name === 'not-so-social')) {
              resolve([]);
              return;
            }
            const open = indexedDB.open('not-so-social');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const database = open.result;
              if (!database.objectStoreNames.contains('selectorHealth')) {
                database.close();
                resolve([]);
                return;
              }
              const request = database.transaction('selectorHealth').objectStore('selectorHealth').getAll();
              request.onsuccess = () => {
                database.close();
                resolve(request.result as SelectorHealth[]);
              };
              request.onerror = () => {
                database.close();
                reject(request.error);
              };
            };
          }, reject);
        }),
    );
  } finally {
    await page.close();
  }
}

/** A LinkedIn redesign, simulated: the feed's posts and comments lose every attribute the adapter knows. */
function unknownLayout(html: string): string {
  return html
    .replaceAll('data-testid="mainFeed"', 'data-testid="homeStream"')
    .replaceAll('componentkey=', 'data-sdui-key=')
    .replaceAll('role="listitem"', 'role="presentation"');
}

test('the feed in its known markup reports ok', async () => {
  const page = await browser.openLinkedIn('/feed/');
  const states = async (): Promise<string[]> => (await readHealth()).map((h) => `${h.surface}:${h.ok}`).sort();
  await expect.poll(states, { timeout: 10_000, interval: 1000 }).toEqual(['comments:true', 'feed:true']);
  await page.close();
});

test('an in-page navigation (pushState, as LinkedIn does) is followed: the new page is checked on its own', async () => {
  const page = await browser.openLinkedIn('/feed/');
  await page.locator('not-so-social-label').first().waitFor({ timeout: 15_000 });
  // The feed's markup stays; the URL says "invitation manager", whose cards the page does not hold.
  await page.evaluate(() => history.pushState({}, '', '/mynetwork/invitation-manager/'));
  await expect.poll(async () => (await readHealth()).find((h) => h.surface === 'invitations')?.ok, { timeout: 15_000, interval: 1000 }).toBe(false);
  await page.close();
});

test('a feed in an unknown layout is reported as failing after a few seconds, and the popup says so', async () => {
  const html = unknownLayout(await readFile(join(FIXTURES, 'synthetic-react-feed-2026.html'), 'utf8'));
  await browser.context.route('https://www.linkedin.com/feed/', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
  const page = await browser.openLinkedIn('/feed/');
  await page.waitForTimeout(1500);
  expect(await page.locator('not-so-social-label').count()).toBe(0);
  await expect.poll(async () => (await readHealth()).find((h) => h.surface === 'feed')?.ok, { timeout: 15_000, interval: 1000 }).toBe(false);
  await page.close();

  const popup = await browser.openExtensionPage('src/popup/index.html');
  await expect.poll(() => popup.locator('.health li[data-surface="feed"]').count(), { timeout: 10_000 }).toBe(1);
  expect(await popup.locator('.health li[data-surface="comments"]').count()).toBe(0);
  await popup.close();
});

test('an empty invitation manager (no pending invitation) is reported healthy, not broken', async () => {
  const html = await readFile(join(FIXTURES, 'synthetic-invitation-manager-empty-react-2026.html'), 'utf8');
  await browser.context.route('https://www.linkedin.com/mynetwork/invitation-manager/', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
  const page = await browser.openLinkedIn('/mynetwork/invitation-manager/');
  await expect.poll(async () => (await readHealth()).find((h) => h.surface === 'invitations')?.ok, { timeout: 15_000, interval: 1000 }).toBe(true);
  await page.close();
});

test('real captured React posts on the "For you" tab (/feed/foryou/) are found: the feed is reported ok again', async () => {
  const html = await readFile(join(FIXTURES, 'linkedin-react-feed-posts-2026-09-scrubbed.html'), 'utf8');
  await browser.context.route('https://www.linkedin.com/feed/foryou/', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
  const page = await browser.openLinkedIn('/feed/foryou/');
  await expect.poll(async () => (await readHealth()).find((h) => h.surface === 'feed')?.ok, { timeout: 15_000, interval: 1000 }).toBe(true);
  await page.close();
});
