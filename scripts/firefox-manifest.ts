// The Firefox manifest is derived from manifest.json (the one source of truth), never kept by hand:
// whatever the Chrome manifest gains — a permission, an options page — the Firefox build gains too.

/** The few manifest fields the derivation reads or writes; everything else passes through untouched. */
export interface ChromeManifest {
  manifest_version: number;
  version: string;
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  [key: string]: unknown;
}

export interface FirefoxManifest extends Omit<ChromeManifest, 'background'> {
  background?: { scripts: string[]; type?: string };
  browser_specific_settings: {
    gecko: { id: string; strict_min_version: string; data_collection_permissions: { required: ['none'] } };
    gecko_android: { strict_min_version: string };
  };
}

/** Stable across versions: AMO ties an add-on's listing and its users' data to this id. */
export const GECKO_ID = 'not-so-social@not-so-social.app';
/** Firefox 140 is the first desktop release that reads data_collection_permissions (the built-in consent). */
export const FIREFOX_MIN_VERSION = '140.0';
/** Firefox for Android reads data_collection_permissions from 142 on. */
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/** Keys Firefox does not know; addons-linter warns about each one it meets. */
const CHROME_ONLY_KEYS = ['minimum_chrome_version', 'key', 'update_url', 'side_panel', 'offline_enabled'];

export function deriveFirefoxManifest(chrome: ChromeManifest): FirefoxManifest {
  if (chrome.manifest_version !== 3) throw new Error(`manifest.json must be Manifest V3, found manifest_version ${chrome.manifest_version}`);
  if ('browser_specific_settings' in chrome) {
    throw new Error('manifest.json carries browser_specific_settings: keep Firefox settings in scripts/firefox-manifest.ts');
  }
  const { background, ...rest } = structuredClone(chrome);
  for (const key of CHROME_ONLY_KEYS) delete rest[key];
  return {
    ...rest,
    // Firefox runs MV3 background code as an event page from `scripts`, not as a service worker.
    ...(background && { background: firefoxBackground(background) }),
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        // Everything stays on the device (DESIGN.md): nothing is collected or transmitted.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
    },
  };
}

function firefoxBackground({ service_worker, scripts, type }: NonNullable<ChromeManifest['background']>): NonNullable<FirefoxManifest['background']> {
  const all = [...(service_worker ? [service_worker] : []), ...(scripts ?? [])];
  if (all.length === 0) throw new Error('manifest.json background names neither a service_worker nor scripts');
  return { scripts: all, ...(type && { type }) };
}
