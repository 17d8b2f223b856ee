import { defineConfig, build, type Plugin, type ResolvedConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import type { InjectedPart } from './src/messages';
import { INJECTED_SCRIPT_FILES } from './src/background/script-injection';
import { deriveFirefoxManifest } from './scripts/firefox-manifest';

/** `vite build` writes dist/chrome; `vite build --mode firefox` writes dist/firefox from the derived manifest. */
export const FIREFOX_MODE = 'firefox';

/** Each injected part's entry: built beside the extension, injected by the worker only into tabs that need it. */
const INJECTED_SCRIPT_ENTRIES: Record<InjectedPart, string> = {
  call: 'src/content/call/call-entry.ts',
  'nudge-banner': 'src/content/nudge-banner-entry.ts',
  'mirror-hints': 'src/content/mirror-hints-entry.ts',
};

/**
 * Builds each injected part's entry as a self-contained, minified IIFE and adds it to the extension's
 * files where the worker looks for it, named by no manifest: crxjs's standalone mode only covers the
 * manifest's content scripts, and its `?script` imports would make the files web-accessible, which
 * LinkedIn could probe.
 */
function injectedScripts(entries: Record<InjectedPart, string>, files: Record<InjectedPart, string>): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'not-so-social:injected-scripts',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle() {
      for (const [part, entry] of Object.entries(entries) as Array<[InjectedPart, string]>) {
        const fileName = files[part];
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
            lib: { entry, formats: ['iife'], name: 'notSoSocialPart', fileName: () => fileName },
          },
        });
        const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
        const chunks = outputs.filter((output) => output.type === 'chunk');
        // One file or nothing: anything else would be a second request at injection time.
        if (chunks.length !== 1 || outputs.length !== 1) throw new Error(`${entry} did not build to one self-contained script`);
        this.emitFile({ type: 'asset', fileName, source: chunks[0]!.code });
      }
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
      injectedScripts(INJECTED_SCRIPT_ENTRIES, INJECTED_SCRIPT_FILES),
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
