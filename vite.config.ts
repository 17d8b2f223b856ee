import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };

// The content script is built standalone: one self-contained file, so crxjs adds no loader and no
// web_accessible_resources that LinkedIn's own scripts could probe to detect the extension.
export default defineConfig({
  plugins: [
    preact(),
    crx({
      manifest: manifest as ManifestV3Export,
      contentScripts: { standaloneFiles: ['src/content/index.ts'] },
    }),
  ],
  build: {
    outDir: 'dist/chrome',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
});
