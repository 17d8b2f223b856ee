import tseslint from 'typescript-eslint';

// DESIGN.md's import zones, enforced rather than hoped for: detectors stay pure, and the content
// script, background worker and extension pages reach each other only through src/messages.ts.
const zone = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
});

const browserGlobals = ['window', 'document', 'navigator', 'chrome', 'browser', 'indexedDB', 'localStorage', 'fetch', 'XMLHttpRequest'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'demo-output/**', 'packages/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/detect/**'],
    rules: {
      ...zone(['webextension-polyfill', 'idb', 'preact', 'preact/*', '**/content/**', '**/background/**', '**/store/**', '**/popup/**', '**/options/**', '**/sites/**', '**/messages'], 'Detectors are pure: no browser, DOM, storage or UI imports.'),
      'no-restricted-globals': ['error', ...browserGlobals],
    },
  },
  {
    files: ['src/content/**', 'src/sites/**'],
    rules: zone(['**/background/**', '**/store/**', '**/popup/**', '**/options/**', 'idb'], 'The content script reaches the background only through src/messages.ts.'),
  },
  {
    files: ['src/popup/**', 'src/options/**'],
    rules: zone(['**/content/**', '**/background/**', '**/store/**', '**/sites/**', 'idb'], 'Extension pages reach the store only through src/messages.ts.'),
  },
  {
    files: ['src/background/**'],
    rules: zone(['**/content/**', '**/popup/**', '**/options/**', '**/sites/**', 'preact', 'preact/*'], 'The background worker talks to pages only through src/messages.ts.'),
  },
);
