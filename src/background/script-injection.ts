// The call script is injected on demand (src/content/call/on-demand-call-feature.ts asks) instead of being
// declared in the manifest, so that the many LinkedIn pages without a composer never load it. The
// `scripting` permission, with the LinkedIn host access the extension already has, lets the worker inject
// a file of its own package; nothing needs to be web-accessible, so LinkedIn has nothing to probe.
import type { Scripting } from 'webextension-polyfill';

/** Where the build writes the call script (vite.config.ts); no manifest names it. */
export const CALL_SCRIPT_FILE = 'src/content/call-feature.js';

/** The frame whose content script asked, from the message's sender. */
export interface InjectionTarget {
  tabId: number;
  frameId: number;
}

/** True once the script ran in that frame; false when it could not (the tab closed or left LinkedIn meanwhile). */
export async function injectCallScript(scripting: Pick<Scripting.Static, 'executeScript'>, target: InjectionTarget): Promise<boolean> {
  try {
    await scripting.executeScript({ target: { tabId: target.tabId, frameIds: [target.frameId] }, files: [CALL_SCRIPT_FILE] });
    return true;
  } catch {
    return false;
  }
}
