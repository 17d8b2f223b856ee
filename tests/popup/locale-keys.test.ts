// Every string the popup and the options page show exists in all four languages with the same
// placeholders, and counted messages have their singular form.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DISPLAY_MODES, SENSITIVITIES } from '../../src/shared/settings';

type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const ROOT = join(import.meta.dirname, '../..');
const LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
const catalogs = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Catalog]),
) as Record<(typeof LANGUAGES)[number], Catalog>;

const sources = ['src/popup', 'src/options'].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => readFileSync(join(ROOT, dir, name), 'utf8')),
);

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
const literalKeys = (pattern: RegExp): string[] => [...new Set(sources.flatMap((code) => [...code.matchAll(pattern)].map((m) => m[1] ?? '')))];

const calledKeys = literalKeys(/\bt\(\s*'([A-Za-z0-9_]+)'/g);
const countedKeys = literalKeys(/\btCount\(\s*'([A-Za-z0-9_]+)'/g);
/** Keys held in tables and built from setting values, beside the ones passed straight to t(). */
const tableKeys = literalKeys(/'([a-z][A-Za-z0-9]+)'/g).filter((key) => key in catalogs.en || `${key}One` in catalogs.en);
const builtKeys = [
  ...SENSITIVITIES.flatMap((s) => [`sensitivity${capitalised(s)}`, `sensitivity${capitalised(s)}Hint`]),
  ...DISPLAY_MODES.map((d) => `display${capitalised(d)}`),
];
const singulars = [...countedKeys, ...tableKeys.filter((key) => `${key}One` in catalogs.en)].map((key) => `${key}One`);
const allKeys = [...new Set([...calledKeys, ...countedKeys, ...tableKeys, ...builtKeys, ...singulars])].sort();

const placeholderNames = (entry: Catalog[string] | undefined): string[] => Object.keys(entry?.placeholders ?? {}).sort();
const usedNames = (message: string): string[] => [...new Set([...message.matchAll(/\$([A-Za-z_]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase()))].sort();

describe('the pages\' strings', () => {
  test('are found in the sources (the scan itself works)', () => {
    expect(allKeys).toEqual(expect.arrayContaining(['popupWeekTagHijack', 'popupWeekTagHijackOne', 'metricFeedTime', 'optionsSave', 'sensitivityStrictHint']));
  });

  test.each(LANGUAGES)('exist in %s with the placeholders English has', (lang) => {
    const problems = allKeys.flatMap((key) => {
      const entry = catalogs[lang][key];
      if (!entry) return [`${key}: missing`];
      if (entry.message.trim() === '') return [`${key}: empty`];
      const declared = placeholderNames(entry);
      if (JSON.stringify(declared) !== JSON.stringify(placeholderNames(catalogs.en[key]))) return [`${key}: placeholders ${declared.join(',')}`];
      if (JSON.stringify(usedNames(entry.message)) !== JSON.stringify(declared)) return [`${key}: message uses ${usedNames(entry.message).join(',')}`];
      return [];
    });
    expect(problems).toEqual([]);
  });
});
