// Parts of the page-side code that most LinkedIn pages never use (the call feature without a composer,
// the feed nudge's banner on all but one visit a day, the mirror hints until the user writes, the dim and
// collapse display modes for everyone who kept the default labels, the feed time and nudge off the feed)
// are injected on demand, when the content script asks, instead of being declared in the manifest. The
// `scripting` permission, with the LinkedIn host access the extension already has, lets the worker inject
// a file of its own package; nothing needs to be web-accessible, so LinkedIn has nothing to probe.
import type { Scripting } from 'webextension-polyfill';
import type { InjectedPart } from '../messages';

/** Where the build writes each injected part's script (vite.config.ts); no manifest names them. */
export const INJECTED_SCRIPT_FILES: Record<InjectedPart, string> = {
  call: 'src/content/call-feature.js',
  'nudge-banner': 'src/content/nudge-banner.js',
  'mirror-hints': 'src/content/mirror-hints.js',
  'display-modes': 'src/content/display-modes.js',
  'feed-time': 'src/content/feed-time.js',
};

/** The frame whose content script asked, from the message's sender. */
export interface InjectionTarget {
  tabId: number;
  frameId: number;
}

/** True once the part's script ran in that frame; false when it could not (the tab closed or left LinkedIn meanwhile). */
export async function injectScript(
  scripting: Pick<Scripting.Static, 'executeScript'>,
  part: InjectedPart,
  target: InjectionTarget,
): Promise<boolean> {
  try {
    await scripting.executeScript({ target: { tabId: target.tabId, frameIds: [target.frameId] }, files: [INJECTED_SCRIPT_FILES[part]] });
    return true;
  } catch {
    return false;
  }
}
