// Which of this extension's scripts ran in a page, read from Chromium's debugger (each parsed script's
// URL): a script injected on demand is seen directly, not inferred from UI that did or did not appear.
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../scripts/extension-browser';

/** A LinkedIn page, with the path inside the extension of every script of it that runs there, from the first. */
export async function openWatched(browser: ExtensionBrowser, path: string): Promise<{ page: Page; extensionScripts: string[] }> {
  const page = await browser.context.newPage();
  const extensionScripts: string[] = [];
  const cdp = await browser.context.newCDPSession(page);
  const origin = `chrome-extension://${browser.extensionId}/`;
  cdp.on('Debugger.scriptParsed', ({ url }) => {
    if (url.startsWith(origin)) extensionScripts.push(url.slice(origin.length));
  });
  await cdp.send('Debugger.enable');
  await page.goto(`https://www.linkedin.com${path}`);
  return { page, extensionScripts };
}
