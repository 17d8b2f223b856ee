// Every string the call row and the in-thread note show exists in all four languages, with the
// placeholders English declares and uses.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

const ROOT = join(import.meta.dirname, '../../..');
const SOURCE_DIR = join(ROOT, 'src/content/call');
const LANGUAGES = ['en', 'de', 'fr', 'es'] as const;
const catalog = (lang: string): Catalog => JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Catalog;

const sources = readdirSync(SOURCE_DIR).map((name) => readFileSync(join(SOURCE_DIR, name), 'utf8'));
/** uiText('key', …) calls, and keys kept in tables (every key of this feature starts with "call"). */
const keys = [...new Set(sources.flatMap((code) => [...code.matchAll(/'(call[A-Z][A-Za-z]+)'/g)].map((m) => m[1] ?? '')))].sort();

const placeholderNames = (entry: Catalog[string] | undefined): string[] => Object.keys(entry?.placeholders ?? {}).sort();
const usedNames = (message: string): string[] => [...new Set([...message.matchAll(/\$([A-Za-z_]+)\$/g)].map((m) => (m[1] ?? '').toLowerCase()))].sort();

describe('the call feature\'s strings', () => {
  test('are found in the sources', () => {
    expect(keys).toEqual(expect.arrayContaining(['callSuggest', 'callDraftCopied', 'callEventTitle', 'callNudge']));
  });

  test.each(LANGUAGES)('exist in %s with the placeholders English has', (lang) => {
    const english = catalog('en');
    const own = catalog(lang);
    const problems = keys.flatMap((key) => {
      const entry = own[key];
      if (!entry || entry.message.trim() === '') return [`${key}: missing`];
      const declared = placeholderNames(entry);
      if (JSON.stringify(declared) !== JSON.stringify(placeholderNames(english[key]))) return [`${key}: placeholders ${declared.join(',')}`];
      if (JSON.stringify(usedNames(entry.message)) !== JSON.stringify(declared)) return [`${key}: message uses ${usedNames(entry.message).join(',')}`];
      return [];
    });
    expect(problems).toEqual([]);
  });
});
