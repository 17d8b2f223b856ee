// The generated corpus splits (data/corpus/split, written by src/cli/build-corpus.ts) as the tuning
// and training scripts read them.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import type { ItemKind } from '../src/detect/types';

export const SPLIT_FOLDER = 'data/corpus/split';

export interface SplitLine {
  kind: ItemKind;
  text: string;
  label?: string;
  source?: string;
}

export function splitPath(name: string): string {
  return `${SPLIT_FOLDER}/${name}.jsonl`;
}

/** The lines of one split file; says how to make it when it is missing. */
export function readSplit(name: string): SplitLine[] {
  const path = splitPath(name);
  if (!existsSync(path)) throw new Error(`${path} is missing: run npx tsx src/cli/build-corpus.ts first`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SplitLine);
}

// Genuine lines copied from published LinkedIn data exports (a messages.csv, or a source naming LinkedIn):
// the genuine messages most like the extension's. Not every export's repository says "linkedin".
const LINKEDIN_SOURCE = /linkedin|messages\.csv/i;

export function isLinkedInDm(line: SplitLine): boolean {
  return LINKEDIN_SOURCE.test(line.source ?? '');
}

const GATHERED_FOLDER = 'data/corpus';
const RECEIVED_FILE = /^templates-received-.*\.jsonl$/;
const FRESH_FILE = /-fresh\d+\.jsonl$/;

/**
 * The texts of the prospecting messages as received in published LinkedIn data exports
 * (`templates-received-*`): already filled in, often written per recipient, and what the extension
 * actually reads, so the scripts report them apart. A fresh file is never read.
 */
export function receivedTexts(): Set<string> {
  const texts = new Set<string>();
  for (const file of readdirSync(GATHERED_FOLDER).filter((name) => RECEIVED_FILE.test(name) && !FRESH_FILE.test(name))) {
    for (const line of readFileSync(`${GATHERED_FOLDER}/${file}`, 'utf8').split('\n')) {
      if (line.trim() !== '') texts.add((JSON.parse(line) as { text: string }).text);
    }
  }
  return texts;
}
