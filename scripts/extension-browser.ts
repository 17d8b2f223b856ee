// Launches Debian's Chromium with the built extension loaded and LinkedIn's URLs answered from saved
// pages, for the end-to-end tests, the demo and the benchmarks. Nothing here touches the network:
// every https://www.linkedin.com/ request is fulfilled locally or aborted.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChromium } from './find-chromium';

export const DIST_CHROME = resolve(import.meta.dirname, '../dist/chrome');
export const FIXTURES = resolve(import.meta.dirname, '../tests/fixtures');

/** URL path (after https://www.linkedin.com) → saved page under tests/fixtures. */
export type Routes = Record<string, string>;

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Changes which saved page a LinkedIn path serves, e.g. to simulate a redesign. */
  routes: Routes;
  openLinkedIn: (path: string) => Promise<Page>;
  openExtensionPage: (path: string) => Promise<Page>;
  close: () => Promise<void>;
}

export interface LaunchOptions {
  routes: Routes;
  headless?: boolean;
  /** Omit the extension, for measuring the page alone. */
  withoutExtension?: boolean;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
}

const QUIET_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchExtensionBrowser(options: LaunchOptions): Promise<ExtensionBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'not-so-social-profile-'));
  const extensionArgs = options.withoutExtension
    ? []
    : [`--disable-extensions-except=${DIST_CHROME}`, `--load-extension=${DIST_CHROME}`];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: await findChromium(),
    headless: options.headless ?? true,
    args: [...extensionArgs, ...QUIET_ARGS],
    viewport: options.viewport ?? { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  const routes: Routes = { ...options.routes };
  await context.route('https://www.linkedin.com/**', async (route) => {
    const path = new URL(route.request().url()).pathname;
    const fixture = routes[path];
    if (route.request().resourceType() === 'document' && fixture) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: await readFile(join(FIXTURES, fixture)) });
    } else {
      await route.abort();
    }
  });
  // Saved pages reference LinkedIn's CDN and trackers: never let them leave the machine.
  await context.route(/^https?:\/\/(?!www\.linkedin\.com\/)/, (route) => route.abort());

  let worker: Worker | undefined;
  let extensionId = '';
  if (!options.withoutExtension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(worker.url()).host;
  }

  return {
    context,
    extensionId,
    get worker(): Worker {
      if (!worker) throw new Error('launched without the extension');
      return worker;
    },
    routes,
    openLinkedIn: async (path) => {
      const page = await context.newPage();
      await page.goto(`https://www.linkedin.com${path}`);
      return page;
    },
    openExtensionPage: async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
