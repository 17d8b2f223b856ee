import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/extension-browser';

const MANAGER_PATH = '/mynetwork/invitation-manager/';
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser({ routes: {} });
});
afterAll(async () => browser?.close());

test('React invitation manager: only the templated note (placeholder, stock opener) is labelled', async () => {
  browser.routes[MANAGER_PATH] = 'synthetic-invitation-manager-react-2026.html';
  const page = await browser.openLinkedIn(MANAGER_PATH);
  await page.locator('not-so-social-label').first().waitFor({ timeout: 15_000 });
  await page.waitForTimeout(1000);
  const labelled = await page.$$eval('[data-view-name="pending-invitation"]', (cards) =>
    cards.map((card) => card.querySelector('not-so-social-label')?.getAttribute('data-pattern') ?? null),
  );
  expect(labelled.filter((pattern) => pattern !== null)).toEqual(['templated']);
  expect(labelled).toHaveLength(2);
  const card = page.locator('[data-view-name="pending-invitation"]', { has: page.locator('not-so-social-label') });
  expect(await card.locator('a[href*="/in/alex-closer"]').count()).toBeGreaterThan(0);
  await page.close();
});

test('Ember invitation manager: the templated note is labelled; the personal note and the card without a note are not', async () => {
  browser.routes[MANAGER_PATH] = 'synthetic-invitation-manager-ember-2026.html';
  const page = await browser.openLinkedIn(MANAGER_PATH);
  await page.locator('not-so-social-label').first().waitFor({ timeout: 15_000 });
  await page.waitForTimeout(1000);
  const labelled = await page.$$eval('.invitation-card', (cards) =>
    cards.map((card) => card.querySelector('not-so-social-label')?.getAttribute('data-pattern') ?? null),
  );
  expect(labelled).toEqual(['templated', null, null]);
  // The label follows the note it explains.
  expect(await page.locator('not-so-social-label').evaluate((host) => host.previousElementSibling?.classList.contains('invitation-card__custom-message'))).toBe(true);
  await page.close();
});
