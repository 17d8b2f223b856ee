import { defineConfig, build, type Plugin, type ResolvedConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import { CALL_SCRIPT_FILE } from './src/background/call-script-injection';
import { deriveFirefoxManifest } from './scripts/firefox-manifest';

/** `vite build` writes dist/chrome; `vite build --mode firefox` writes dist/firefox from the derived manifest. */
export const FIREFOX_MODE = 'firefox';

/** The call feature's entry: built beside the extension, injected by the worker only into tabs that need it. */
const CALL_SCRIPT_ENTRY = 'src/content/call/call-entry.ts';

/**
 * Builds one entry as a self-contained, minified IIFE and adds it to the extension's files under
 * `fileName`, named by no manifest: crxjs's standalone mode only covers the manifest's content scripts,
 * and its `?script` imports would make the file web-accessible, which LinkedIn could probe.
 */
function injectedScript(entry: string, fileName: string): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'not-so-social:injected-script',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle() {
      const result = await build({
        configFile: false,
        logLevel: 'warn',
        root: config.root,
        mode: config.mode,
        build: {
          write: false,
          emptyOutDir: false,
          target: config.build.target,
          minify: config.build.minify,
          sourcemap: false,
          lib: { entry, formats: ['iife'], name: 'notSoSocialCall', fileName: () => fileName },
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
      const chunks = outputs.filter((output) => output.type === 'chunk');
      // One file or nothing: anything else would be a second request at injection time.
      if (chunks.length !== 1 || outputs.length !== 1) throw new Error(`${entry} did not build to one self-contained script`);
      this.emitFile({ type: 'asset', fileName, source: chunks[0]!.code });
    },
  };
}

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
      injectedScript(CALL_SCRIPT_ENTRY, CALL_SCRIPT_FILE),
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
