// Launches Debian's firefox-esr over WebDriver BiDi (puppeteer-core, which downloads no browser) with
// dist/firefox installed as a temporary add-on, and answers https://www.linkedin.com/ from saved pages.
// Nothing leaves the machine: every other request is aborted.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { installWithApt, isExecutable } from '../../scripts/browser-install';
import { GECKO_ID } from '../../scripts/firefox-manifest';

export const DIST_FIREFOX = resolve(import.meta.dirname, '../../dist/firefox');
const FIXTURES = resolve(import.meta.dirname, '../fixtures');

// Firefox gives each install a random moz-extension host; pinning it lets the test open the popup.
const EXTENSION_UUID = '6e0d1d5c-2f4b-4c3a-9a47-000000000e2e';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
export const BACKGROUND_IDLE_MS = 2000;
/** The saved messaging thread's address, as launchFirefoxOnThreadAndFeed serves it, and its composer. */
export const THREAD_PATH = `/messaging/thread/2-${btoa('8482fcae-ae85-4ae7-befe-95487d5269b6_100')}/`;
export const COMPOSER = '.msg-form [contenteditable="true"]';

export interface FirefoxExtension {
  browser: Browser;
  /** Script errors a LinkedIn page reported, the content script's included: Firefox-only failures show up here. */
  errors: string[];
  /** Opens a LinkedIn path, answered from the saved page mapped to it. */
  openLinkedIn: (path: string) => Promise<Page>;
  /** Opens one of the extension's own pages, e.g. src/popup/index.html. */
  openExtensionPage: (path: string) => Promise<Page>;
  close: () => Promise<void>;
}

function locateFirefox(): string | undefined {
  const chosen = process.env.FIREFOX_PATH;
  if (chosen && !isExecutable(chosen)) throw new Error(`FIREFOX_PATH is set to ${chosen}, which is not an executable file.`);
  return [chosen, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter((path): path is string => Boolean(path)).find(isExecutable);
}

/**
 * FIREFOX_PATH, Debian's firefox-esr, or firefox. Like the Chromium tests, on a Debian/Ubuntu machine
 * where we are root, a missing Firefox is installed with apt-get (and said so).
 */
export function findFirefox(): string {
  const found = locateFirefox();
  if (found) return found;
  if (installWithApt(['firefox-esr'], 'Firefox')) {
    const installed = locateFirefox();
    if (installed) return installed;
  }
  throw new Error("No Firefox found: install Debian's firefox-esr (sudo apt-get install firefox-esr) or Firefox 140 or later, or set FIREFOX_PATH.");
}

export async function launchFirefoxWithExtension(routes: Record<string, string>): Promise<FirefoxExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    // Without it Firefox's BiDi refuses to navigate a tab to a moz-extension: page.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Firefox suspends an idle MV3 event page after 30 s; after 2 s here, so the tests also prove
      // that nothing the extension counts lives only in the background's memory.
      'extensions.background.idle.timeout': BACKGROUND_IDLE_MS,
      'app.normandy.enabled': false,
      'services.settings.server': 'data:,',
      'browser.region.network.url': '',
      'network.connectivity-service.enabled': false,
    },
  });
  const installedId = await browser.installExtension(DIST_FIREFOX);
  if (installedId !== GECKO_ID) throw new Error(`Installed ${installedId}, expected ${GECKO_ID}`);

  const errors: string[] = [];
  return {
    browser,
    errors,
    openLinkedIn: async (path) => {
      const fixture = routes[path];
      if (!fixture) throw new Error(`No saved page routed for ${path}`);
      const body = await readFile(join(FIXTURES, fixture));
      const page = await browser.newPage();
      page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin === 'https://www.linkedin.com' && url.pathname === path) {
          void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
        } else {
          void request.abort();
        }
      });
      await page.goto(`https://www.linkedin.com${path}`, { waitUntil: 'domcontentloaded' });
      return page;
    },
    openExtensionPage: async (path) => {
      const url = `${EXTENSION_ORIGIN}/${path}`;
      for (let attempt = 1; ; attempt += 1) {
        const page = await browser.newPage();
        // Firefox's BiDi reports no load event for moz-extension pages, so goto never settles:
        // start it, and wait for the document itself instead.
        page.goto(url).catch(() => undefined);
        try {
          await page.waitForFunction((expected) => location.href === expected && document.readyState === 'complete', { timeout: 5000 }, url);
          return page;
        } catch (error) {
          // Now and then the tab's swap from about:blank to the extension page leaves every later poll
          // failing ("right-hand side of 'in' should be an object, got null"); a fresh tab does not.
          await page.close().catch(() => undefined);
          if (attempt === 3) throw error;
        }
      }
    },
    close: () => browser.close(),
  };
}

/** Firefox with the built extension, serving the saved messaging thread and a feed; says how to build when dist/firefox is missing. */
export async function launchFirefoxOnThreadAndFeed(): Promise<FirefoxExtension> {
  if (!existsSync(join(DIST_FIREFOX, 'manifest.json'))) throw new Error(`No Firefox build at ${DIST_FIREFOX}: run \`npm run build\` first.`);
  return launchFirefoxWithExtension({
    [THREAD_PATH]: 'linkedin-messaging-thread-2026-05.html',
    '/feed/': 'synthetic-react-feed-2026.html',
  });
}
