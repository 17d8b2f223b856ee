import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FIXTURES, launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/extension-browser';

// Three people send the user the same note, each with their own name and company in it. Each one's chat
// window is the saved chat window with its sender, message ids and first message changed.
const SENDERS = [
  { name: 'Lena Vogt', first: 'Lena', company: 'Acme' },
  { name: 'Omar Haddad', first: 'Omar', company: 'Globex' },
  { name: 'Priya Nair', first: 'Priya', company: 'Initech' },
];
const note = (first: string, company: string) =>
  `Hi Test, this is ${first} from ${company}. I saw that your team just opened an office in Lisbon. I am putting together a small group of people who work on logistics there, and it would be good to have you with us.`;
const SAVED_FIRST_MESSAGE = 'Hi {first_name}, I help founders like you book 20+ qualified meetings a month.<br>Do you have 15 minutes this week? https://calendly.com/jordan-reyes/15min';
const SAVED_FOLLOW_UP = 'Just following up on my last message.';
const SAVED_SENDER_ID = 'ACoAATEST0000000000000000000000000000007';
const SAVED_CONVERSATION = '2f6c1a9e-1d2b-4c3d-9e8f-0a1b2c3d4e5f';
const MESSAGE_URN_ID = /,2-([A-Za-z0-9+/=]+)\)/g;

const pathOf = (index: number) => `/in/sender-${index}/`;

function chatWindowFrom(saved: string, index: number): string {
  const { name, first, company } = SENDERS[index]!;
  for (const part of [SAVED_FIRST_MESSAGE, SAVED_FOLLOW_UP, SAVED_SENDER_ID, 'Jordan Reyes']) expect(saved).toContain(part);
  return saved
    .replace(SAVED_FIRST_MESSAGE, note(first, company))
    .replace(SAVED_FOLLOW_UP, 'Schönen Tag noch!')
    .replaceAll(SAVED_SENDER_ID, `ACoAATESTSENDER${index}000000000000000000000000`)
    .replaceAll('Jordan Reyes', name)
    .replace(MESSAGE_URN_ID, (_, id: string) => {
      const decoded = Buffer.from(id, 'base64').toString('latin1').replace(SAVED_CONVERSATION, `${SAVED_CONVERSATION}-${index}`);
      return `,2-${Buffer.from(decoded, 'latin1').toString('base64')})`;
    });
}

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser({ routes: {} });
  const saved = await readFile(join(FIXTURES, 'synthetic-chat-window-2026.html'), 'utf8');
  const pages = new Map(SENDERS.map((_, index) => [`https://www.linkedin.com${pathOf(index)}`, chatWindowFrom(saved, index)]));
  // Routes registered later are tried first: these answer before the launcher's routes.
  await browser.context.route('https://www.linkedin.com/in/sender-*/', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: pages.get(route.request().url()) ?? '' }),
  );
});
afterAll(async () => browser?.close());

/** Rows in one of the worker's IndexedDB stores. */
const rowsIn = (store: 'events' | 'fingerprints'): Promise<number> =>
  browser.worker.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('not-so-social');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).count();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );

/** The label on the page's first message (the sender's note): its aria-label, or null once the worker has judged the page without one. */
async function firstMessageLabel(page: Page, eventsAfter: number): Promise<string | null> {
  await expect.poll(() => rowsIn('events'), { timeout: 15_000 }).toBeGreaterThanOrEqual(eventsAfter);
  const pill = page.locator('[data-event-urn^="urn:li:msg_message:"]').first().locator('not-so-social-label .pill');
  await page.waitForTimeout(500);
  return (await pill.count()) === 0 ? null : pill.getAttribute('aria-label');
}

test('the same note from a third sender is labelled for the two before it, and seeing it again counts nobody new', async () => {
  const labels: Array<string | null> = [];
  for (const index of SENDERS.keys()) {
    const page = await browser.openLinkedIn(pathOf(index));
    labels.push(await firstMessageLabel(page, 3 * (index + 1)));
    await page.close();
  }
  expect(labels[0]).toBeNull();
  expect(labels[1]).toMatch(/Same text from 1 other sender\b/);
  expect(labels[2]).toMatch(/Same text from 2 other senders/);

  const again = await browser.openLinkedIn(pathOf(0));
  await again.reload();
  await expect.poll(() => again.locator('[data-event-urn^="urn:li:msg_message:"]').first().locator('not-so-social-label .pill').getAttribute('aria-label'), { timeout: 15_000 }).toMatch(/Same text from 2 other senders/);
  await again.close();
  expect(await rowsIn('fingerprints')).toBe(3);
});
