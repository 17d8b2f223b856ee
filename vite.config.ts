import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import { deriveFirefoxManifest } from './scripts/firefox-manifest';

/** `vite build` writes dist/chrome; `vite build --mode firefox` writes dist/firefox from the derived manifest. */
export const FIREFOX_MODE = 'firefox';

// The content script is built standalone: one self-contained file, so crxjs adds no loader and no
// web_accessible_resources that LinkedIn's own scripts could probe to detect the extension.
export default defineConfig(({ mode }) => {
  const firefox = mode === FIREFOX_MODE;
  return {
    plugins: [
      preact(),
      crx({
        manifest: (firefox ? deriveFirefoxManifest(manifest) : manifest) as ManifestV3Export,
        browser: firefox ? 'firefox' : 'chrome',
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
    ],
    build: {
      outDir: firefox ? 'dist/firefox' : 'dist/chrome',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      // Extension pages run in browsers that preload modules natively; the polyfill would be the
      // bundle's only fetch() call.
      modulePreload: { polyfill: false },
    },
  };
});
