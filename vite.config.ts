import { defineConfig, build, type Plugin, type ResolvedConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import type { InjectedPart } from './src/messages';
import { INJECTED_SCRIPT_FILES } from './src/background/script-injection';
import { compactStyleTemplates } from './scripts/compact-css';
import { deriveFirefoxManifest } from './scripts/firefox-manifest';

/** `vite build` writes dist/chrome; `vite build --mode firefox` writes dist/firefox from the derived manifest. */
export const FIREFOX_MODE = 'firefox';

/** Each injected part's entry: built beside the extension, injected by the worker only into tabs that need it. */
const INJECTED_SCRIPT_ENTRIES: Record<InjectedPart, string> = {
  call: 'src/content/call/call-entry.ts',
  'nudge-banner': 'src/content/nudge-banner-entry.ts',
  'mirror-hints': 'src/content/mirror-hints-entry.ts',
  'display-modes': 'src/content/display-modes-entry.ts',
  'feed-time': 'src/content/feed-time-entry.ts',
};

/** The content script the manifest declares for every LinkedIn page, and where crxjs writes it. */
const CONTENT_SCRIPT = { entry: 'src/content/index.ts', file: 'src/content/index.js' };

/** The page-side UI's CSS, kept readable in its styles modules, loses the whitespace browsers ignore. */
function compactStyleSheets(): Plugin {
  return {
    name: 'not-so-social:compact-style-sheets',
    transform(code, id) {
      return /\/src\/content\/.+-styles\.ts$/.test(id) ? { code: compactStyleTemplates(code), map: null } : null;
    },
  };
}

/** One entry as a self-contained, minified IIFE: one file, so nothing more is fetched when it runs. */
async function buildSelfContained(config: ResolvedConfig, entry: string, fileName: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    root: config.root,
    mode: config.mode,
    plugins: [compactStyleSheets()],
    build: {
      write: false,
      emptyOutDir: false,
      target: config.build.target,
      minify: config.build.minify,
      sourcemap: false,
      lib: { entry, formats: ['iife'], name: 'notSoSocial', fileName: () => fileName },
      // By default each module-level string is copied into every place that reads it: LinkedIn's long
      // selectors are read in many places, and the copies cost the content script about 2 KB raw, 50 B gzipped.
      rolldownOptions: { optimization: { inlineConst: false } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const chunks = outputs.filter((output) => output.type === 'chunk');
  if (chunks.length !== 1 || outputs.length !== 1) throw new Error(`${entry} did not build to one self-contained script`);
  return chunks[0]!.code;
}

/**
 * Builds every script that runs in LinkedIn's pages the same way (buildSelfContained, with the styles
 * compacted). The injected parts are added to the extension's files where the worker looks for them,
 * named by no manifest: crxjs's standalone mode only covers the manifest's content scripts, and its
 * `?script` imports would make the files web-accessible, which LinkedIn could probe. The content script
 * the manifest declares stays crxjs's to register, but crxjs builds it without plugins or bundler options,
 * so its output is replaced by this build.
 */
function pageScripts(injectedEntries: Record<InjectedPart, string>, injectedFiles: Record<InjectedPart, string>): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'not-so-social:page-scripts',
    apply: 'build',
    // After crxjs's own post-build step, which writes the content script.
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle(_options, bundle) {
      const declared = bundle[CONTENT_SCRIPT.file];
      if (declared?.type !== 'asset') throw new Error(`crxjs wrote no ${CONTENT_SCRIPT.file} to replace`);
      declared.source = await buildSelfContained(config, CONTENT_SCRIPT.entry, CONTENT_SCRIPT.file);
      for (const [part, entry] of Object.entries(injectedEntries) as Array<[InjectedPart, string]>) {
        const fileName = injectedFiles[part];
        this.emitFile({ type: 'asset', fileName, source: await buildSelfContained(config, entry, fileName) });
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
        contentScripts: { standaloneFiles: [CONTENT_SCRIPT.entry] },
      }),
      pageScripts(INJECTED_SCRIPT_ENTRIES, INJECTED_SCRIPT_FILES),
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
