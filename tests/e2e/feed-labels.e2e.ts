import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtensionBrowser, type ExtensionBrowser } from '../../scripts/extension-browser';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchExtensionBrowser({ routes: {} });
});
afterAll(async () => browser?.close());

async function openFeed(fixture: string): Promise<Page> {
  browser.routes['/feed/'] = fixture;
  const page = await browser.openLinkedIn('/feed/');
  // The first scan runs in idle time; give it, and the label rendering, a moment.
  await page.waitForTimeout(2000);
  return page;
}

test('React feed: the comment that tags four people and the engagement-bait post are labelled, nothing else', async () => {
  const page = await openFeed('synthetic-react-feed-2026.html');
  const labels = await page.$$eval('not-so-social-label', (hosts) =>
    hosts.map((host) => ({
      comment: host.parentElement?.closest('[componentkey^="replaceableComment_"]')?.getAttribute('componentkey') ?? null,
      post: host.closest('[componentkey*="FeedType_"]')?.getAttribute('componentkey') ?? null,
      pattern: host.getAttribute('data-pattern'),
    })),
  );
  expect(labels).toEqual([
    {
      comment: 'replaceableComment_urn:li:comment:(urn:li:activity:7400000000000000001,7400000000000000101)',
      post: 'expandedQVRva2VuT25lFeedType_MAIN_FEED_RELEVANCE',
      pattern: 'tag-hijack',
    },
    // Post 2 ("Comment YES…", "Agree?", a stack of hashtags) is the bait.
    { comment: null, post: 'expandedQVRva2VuVHdvFeedType_MAIN_FEED_RELEVANCE', pattern: 'engagement-bait' },
  ]);
  // The label sits right under the commenter's header line, inside the page's own layout.
  expect(await page.locator('not-so-social-label').first().evaluate((host) => host.previousElementSibling?.tagName)).toBe('HEADER');
  // Styled by the shared constructed sheets both labels adopted, not by a <style> of their own.
  const styling = await page.locator('not-so-social-label').evaluateAll((hosts) =>
    hosts.map((host) => ({
      styles: host.shadowRoot?.querySelectorAll('style').length,
      pill: getComputedStyle(host.shadowRoot!.querySelector('.pill')!).display,
      shared: host.shadowRoot?.adoptedStyleSheets.every((sheet, i) => sheet === hosts[0]!.shadowRoot!.adoptedStyleSheets[i]),
    })),
  );
  expect(styling).toEqual([
    { styles: 0, pill: 'inline-flex', shared: true },
    { styles: 0, pill: 'inline-flex', shared: true },
  ]);
  await page.close();
});

test('Ember feed: an ordinary post with one mention gets no label', async () => {
  const page = await openFeed('linkedin-feed-post-2025-08.html');
  expect(await page.locator('[role="article"][data-urn^="urn:li:"]').count()).toBe(1);
  expect(await page.locator('not-so-social-label').count()).toBe(0);
  await page.close();
});
