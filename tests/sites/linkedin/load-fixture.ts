import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// A string, not new URL(): the happy-dom environment replaces the global URL.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/');

/** Every saved page under tests/fixtures, sorted. */
export function fixtureFiles(): string[] {
  return readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.html'))
    .sort();
}

/** A saved page parsed into its own document (needs the happy-dom environment). */
export function loadFixture(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(FIXTURES + name, 'utf8'), 'text/html');
}
