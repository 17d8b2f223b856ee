// MV3 may stop the service worker at any moment. Here it is stopped through the DevTools protocol while
// pages are still reporting what they saw; afterwards every item must be stored exactly once, and the
// daily rollups the popup reads must agree with the events.
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/extension-browser';
import type { ItemKind } from '../../src/detect/types';
import type { DayRollup, StoredEvent } from '../../src/shared/store-types';
import { readStoredEvents } from './store-probe';

const ITEM_KINDS: readonly ItemKind[] = ['post', 'comment', 'message', 'invite'];
const POST_PATH = '/feed/update/urn:li:activity:1111111111111111111/';
const THREAD_PATH = '/messaging/thread/2-MTc3OTQxODM4MzY0MWI0Nzk0NC0xMDAmODQ4MmZjYWUtYWU4NS00YWU3LWJlZmUtOTU0ODdkNTI2OWI2XzEwMA==/';
const PROFILE_PATH = '/in/someone/';
const MANAGER_PATH = '/mynetwork/invitation-manager/';

const ROUTES = {
  [POST_PATH]: 'linkedin-post-comment-thread-2026-09-edited-four-mentions.html',
  [THREAD_PATH]: 'linkedin-messaging-thread-2026-05.html',
  [PROFILE_PATH]: 'synthetic-chat-window-2026.html',
  [MANAGER_PATH]: 'synthetic-invitation-manager-ember-2026.html',
};

type PerKind = Record<ItemKind, number>;

let browser: ExtensionBrowser;
let cdp: CDPSession;
let stops = 0;
/** What the four pages give a worker that is never stopped: the reference the stopped run must match. */
let reference: { items: PerKind; flags: string[] };

const perKind = (kinds: ItemKind[]): PerKind => {
  const counts: PerKind = { post: 0, comment: 0, message: 0, invite: 0 };
  for (const kind of kinds) counts[kind] += 1;
  return counts;
};

/** Each stored item as kind and patterns, sorted: hashed ids are salted per profile, these are not. */
const flagsOf = (events: StoredEvent[]): string[] =>
  events.map((e) => `${e.kind}:${e.verdicts.map((v) => v.pattern).sort().join('+')}`).sort();

beforeAll(async () => {
  const calm = await launchExtensionBrowser({ routes: ROUTES });
  try {
    for (const path of Object.keys(ROUTES)) {
      const page = await calm.openLinkedIn(path);
      await page.locator('not-so-social-label').first().waitFor({ state: 'attached', timeout: 15_000 });
      await page.waitForTimeout(2500);
      await page.close();
    }
    const events = await readStoredEvents(calm);
    reference = { items: perKind(events.map((e) => e.kind)), flags: flagsOf(events) };
  } finally {
    await calm.close();
  }

  browser = await launchExtensionBrowser({ routes: ROUTES });
  // A persistent context has no Browser object to open a browser-level session on; a page's session
  // reaches the ServiceWorker domain all the same.
  const anchor = await browser.context.newPage();
  cdp = await browser.context.newCDPSession(anchor);
  await cdp.send('ServiceWorker.enable');
}, 120_000);
afterAll(async () => browser?.close());

/** Stops the extension's worker and waits until Chromium reports it stopped. */
async function stopWorker(): Promise<void> {
  const stopped = new Promise<void>((resolve) => {
    const listener = (event: { versions: Array<{ runningStatus: string; scriptURL: string }> }) => {
      const ours = event.versions.filter((v) => v.scriptURL.startsWith(`chrome-extension://${browser.extensionId}/`));
      if (ours.length > 0 && ours.every((v) => v.runningStatus === 'stopped')) {
        cdp.off('ServiceWorker.workerVersionUpdated', listener);
        resolve();
      }
    };
    cdp.on('ServiceWorker.workerVersionUpdated', listener);
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  stops += 1;
}

async function openAndWaitForLabel(path: string): Promise<Page> {
  const page = await browser.openLinkedIn(path);
  await page.locator('not-so-social-label').first().waitFor({ state: 'attached', timeout: 15_000 });
  return page;
}

async function readRollups(): Promise<DayRollup[]> {
  const page = await browser.openExtensionPage('src/popup/index.html');
  try {
    return await page.evaluate(
      () =>
        new Promise<DayRollup[]>((resolve, reject) => {
          const open = indexedDB.open('not-so-social');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('rollups').objectStore('rollups').getAll();
            request.onsuccess = () => resolve(request.result as DayRollup[]);
            request.onerror = () => reject(request.error);
          };
        }),
    );
  } finally {
    await page.close();
  }
}

test('items reported around worker stops are all stored, each exactly once, and the rollups agree', async () => {
  // Stopped while the first page's batch is still waiting in the page: the batch has to wake the worker.
  const post = await openAndWaitForLabel(POST_PATH);
  await stopWorker();
  await post.waitForTimeout(2500);
  await post.close();

  // Stopped right after the batch was sent, while the worker may still be writing it.
  const thread = await openAndWaitForLabel(THREAD_PATH);
  await thread.waitForTimeout(1100);
  await stopWorker();
  await thread.waitForTimeout(2000);
  await thread.close();

  // Two pages reporting at once, the worker stopped between them.
  const chat = await openAndWaitForLabel(PROFILE_PATH);
  await stopWorker();
  const invitations = await openAndWaitForLabel(MANAGER_PATH);
  await stopWorker();
  await invitations.waitForTimeout(2500);
  await Promise.all([chat.close(), invitations.close()]);

  // Nothing lost: read before any page is seen again, which would report a lost item a second time.
  const afterStops = await readStoredEvents(browser);
  expect(perKind(afterStops.map((e) => e.kind))).toEqual(reference.items);
  expect(flagsOf(afterStops)).toEqual(reference.flags);

  // Everything seen again after a last stop: nothing may count twice.
  await stopWorker();
  for (const path of Object.keys(ROUTES)) {
    const again = await openAndWaitForLabel(path);
    await again.waitForTimeout(2500);
    await again.close();
  }

  expect(stops).toBe(5);
  const events = await readStoredEvents(browser);
  expect(reference.items.message).toBeGreaterThan(0);
  expect(perKind(events.map((e) => e.kind))).toEqual(reference.items);
  expect(flagsOf(events)).toEqual(reference.flags);

  const seenInRollups: PerKind = { post: 0, comment: 0, message: 0, invite: 0 };
  for (const rollup of await readRollups()) {
    for (const kind of ITEM_KINDS) seenInRollups[kind] += rollup.seen[kind];
  }
  expect(seenInRollups).toEqual(reference.items);
}, 120_000);

test('stopped every 150 ms for 3 s while all four pages load and report at once, it loses nothing once left alone', async () => {
  const stormy = await launchExtensionBrowser({ routes: ROUTES });
  try {
    const anchor = await stormy.context.newPage();
    const session = await stormy.context.newCDPSession(anchor);
    await session.send('ServiceWorker.enable');
    let storming = true;
    let stormStops = 0;
    const storm = (async () => {
      while (storming) {
        await session.send('ServiceWorker.stopAllWorkers');
        stormStops += 1;
        await anchor.waitForTimeout(150);
      }
    })();
    const pages = await Promise.all(Object.keys(ROUTES).map((path) => stormy.openLinkedIn(path)));
    // Stopped this often the worker barely gets to answer; what the pages asked meanwhile must still arrive.
    await anchor.waitForTimeout(3000);
    storming = false;
    await storm;
    await Promise.all(pages.map((page) => page.locator('not-so-social-label').first().waitFor({ state: 'attached', timeout: 15_000 })));
    expect(stormStops).toBeGreaterThan(10);
    // Batches the stopped worker dropped are sent again; give the retries their time.
    await expect
      .poll(async () => perKind((await readStoredEvents(stormy)).map((e) => e.kind)), { timeout: 20_000, interval: 1000 })
      .toEqual(reference.items);
    expect(flagsOf(await readStoredEvents(stormy))).toEqual(reference.flags);
    await Promise.all(pages.map((page) => page.close()));
  } finally {
    await stormy.close();
  }
}, 120_000);
