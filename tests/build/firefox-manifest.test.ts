import { describe, expect, test } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { deriveFirefoxManifest, FIREFOX_MIN_VERSION, GECKO_ID, type ChromeManifest } from '../../scripts/firefox-manifest';

const minimal: ChromeManifest = {
  manifest_version: 3,
  name: 'x',
  version: '1.2.3',
  minimum_chrome_version: '116',
  permissions: ['storage', 'alarms'],
  host_permissions: ['https://www.linkedin.com/*'],
  background: { service_worker: 'src/background/index.ts', type: 'module' },
};

describe('deriveFirefoxManifest', () => {
  test('turns the service worker into background scripts, keeping the module type', () => {
    expect(deriveFirefoxManifest(minimal).background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
  });

  test('declares the gecko id, a minimum version that reads the consent key, and that nothing is collected', () => {
    const gecko = deriveFirefoxManifest(minimal).browser_specific_settings.gecko;
    expect(gecko).toEqual({ id: GECKO_ID, strict_min_version: FIREFOX_MIN_VERSION, data_collection_permissions: { required: ['none'] } });
    expect(Number.parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
  });

  test('drops Chrome-only keys and passes everything else through', () => {
    const derived = deriveFirefoxManifest({ ...minimal, options_ui: { page: 'o.html', open_in_tab: true } });
    expect(derived).not.toHaveProperty('minimum_chrome_version');
    expect(derived.permissions).toEqual(['storage', 'alarms']);
    expect(derived.host_permissions).toEqual(['https://www.linkedin.com/*']);
    expect(derived.options_ui).toEqual({ page: 'o.html', open_in_tab: true });
    expect(derived.version).toBe('1.2.3');
  });

  test('does not change the manifest it derives from', () => {
    const before = structuredClone(minimal);
    deriveFirefoxManifest(minimal);
    expect(minimal).toEqual(before);
  });

  test('refuses Manifest V2 and hand-kept Firefox settings in manifest.json', () => {
    expect(() => deriveFirefoxManifest({ ...minimal, manifest_version: 2 })).toThrow(/Manifest V3/);
    expect(() => deriveFirefoxManifest({ ...minimal, browser_specific_settings: {} })).toThrow(/browser_specific_settings/);
  });

  test('follows the real manifest.json: same permissions, hosts, content scripts and version', () => {
    const derived = deriveFirefoxManifest(manifest);
    for (const key of ['version', 'permissions', 'host_permissions', 'content_scripts', 'action'] as const) {
      expect(derived[key]).toEqual(manifest[key]);
    }
    expect(derived.background?.scripts).toEqual([manifest.background.service_worker]);
    expect(derived).not.toHaveProperty('web_accessible_resources');
  });
});
