// The popup's numbers come from what the extension saw on real (saved) pages: every surface is visited
// once, then each row of the popup is checked against the events the worker stored.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/extension-browser';
import type { ItemKind, Pattern } from '../../src/detect/types';
import type { StoredEvent } from '../../src/shared/store-types';
import { readStoredEvents } from './store-probe';

const POST_PATH = '/feed/update/urn:li:activity:1111111111111111111/';
const THREAD_PATH = '/messaging/thread/2-MTc3OTQxODM4MzY0MWI0Nzk0NC0xMDAmODQ4MmZjYWUtYWU4NS00YWU3LWJlZmUtOTU0ODdkNTI2OWI2XzEwMA==/';
const PROFILE_PATH = '/in/someone/';
const MANAGER_PATH = '/mynetwork/invitation-manager/';

/** Each visit: the path, the saved page it serves, and whether the page carries a label to wait for. */
const VISITS: Array<{ path: string; fixture: string; labelled: boolean }> = [
  { path: POST_PATH, fixture: 'linkedin-post-comment-thread-2026-09-edited-four-mentions.html', labelled: true },
  { path: '/feed/', fixture: 'synthetic-react-feed-2026.html', labelled: true },
  { path: '/feed/', fixture: 'linkedin-feed-post-2025-08.html', labelled: false },
  { path: THREAD_PATH, fixture: 'linkedin-messaging-thread-2026-05.html', labelled: true },
  { path: PROFILE_PATH, fixture: 'synthetic-chat-window-2026.html', labelled: true },
  { path: MANAGER_PATH, fixture: 'synthetic-invitation-manager-react-2026.html', labelled: true },
  { path: MANAGER_PATH, fixture: 'synthetic-invitation-manager-ember-2026.html', labelled: true },
];

let browser: ExtensionBrowser;
let events: StoredEvent[];

async function visit(path: string, fixture: string, labelled: boolean): Promise<void> {
  browser.routes[path] = fixture;
  const page = await browser.openLinkedIn(path);
  if (labelled) await page.locator('not-so-social-label').first().waitFor({ state: 'attached', timeout: 15_000 });
  // The scanner works in idle time and reports are batched for a second before they are written.
  await page.waitForTimeout(2500);
  await page.close();
}

const flagged = (kinds: ItemKind[], pattern: Pattern): number =>
  events.filter((e) => kinds.includes(e.kind) && e.verdicts.some((v) => v.pattern === pattern && !e.corrected.includes(pattern))).length;

const cell = (popup: Page, metric: string): Promise<string | null> => popup.locator(`tr[data-metric="${metric}"] .this-week`).textContent();

beforeAll(async () => {
  browser = await launchExtensionBrowser({ routes: {} });
  for (const { path, fixture, labelled } of VISITS) await visit(path, fixture, labelled);
  events = await readStoredEvents(browser);
}, 120_000);
afterAll(async () => browser?.close());

test('the saved pages produced the events the labels promised', () => {
  expect(flagged(['comment'], 'tag-hijack')).toBe(2);
  expect(flagged(['message'], 'templated')).toBe(3);
  expect(flagged(['invite'], 'templated')).toBe(2);
  expect(flagged(['post'], 'engagement-bait')).toBe(1);
  expect(events.filter((e) => e.kind === 'post')).toHaveLength(4);
});

test("the popup's rows show this week's counts from those pages", async () => {
  const popup = await browser.openExtensionPage('src/popup/index.html');
  await popup.locator('main[data-state="summary"]').waitFor({ timeout: 15_000 });
  expect(await cell(popup, 'posts-seen')).toBe(String(events.filter((e) => e.kind === 'post').length));
  expect(await cell(popup, 'tag-hijack')).toBe(String(flagged(['comment'], 'tag-hijack')));
  expect(await cell(popup, 'templated')).toBe(String(flagged(['message', 'invite'], 'templated')));
  expect(await cell(popup, 'engagement-bait')).toBe(String(flagged(['post', 'comment', 'message', 'invite'], 'engagement-bait')));
  expect(await popup.locator('tr[data-metric="broadcast-share"] .this-week').textContent()).toBe('25%');
  expect(await popup.locator('[data-testid="tag-hijack-week"]').textContent()).toBe('2 tag-hijacking comments this week');
  await popup.close();
});
