// The generated corpus splits (data/corpus/split, written by src/cli/build-corpus.ts) as the tuning
// and training scripts read them.
import { existsSync, readFileSync } from 'node:fs';
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
