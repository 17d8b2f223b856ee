import { defineConfig } from 'vitest/config';

// Real-browser tests: one Chromium at a time on a 2-core machine, against `vite build` output only.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
