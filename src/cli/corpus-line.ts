// One line of a scanner corpus (.jsonl), checked field by field so a bad line says what is wrong.
import type { Item, ItemKind, Pattern } from '../detect/types';
import { PATTERNS } from '../detect/types';
import { mentionedNames } from './mention-names';

export type Label = Pattern | 'none';

export interface CorpusLine {
  item: Item;
  sender?: string;
  label?: Label;
}

const KINDS: readonly ItemKind[] = ['message', 'invite', 'comment', 'post'];
const LABELS: readonly Label[] = [...PATTERNS, 'none'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses one line; throws an Error whose message says what is wrong with it. */
export function parseCorpusLine(line: string, fallbackId: string): CorpusLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new Error(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isRecord(value)) throw new Error('expected a JSON object');
  const { text, kind, id, sender, mentions, label } = value;
  if (typeof text !== 'string') throw new Error('"text" must be a string');
  if (typeof kind !== 'string' || !KINDS.includes(kind as ItemKind)) throw new Error(`"kind" must be one of ${KINDS.join(', ')}`);
  if (id !== undefined && typeof id !== 'string') throw new Error('"id" must be a string when present');
  if (sender !== undefined && typeof sender !== 'string') throw new Error('"sender" must be a string when present');
  if (mentions !== undefined && (typeof mentions !== 'number' || !Number.isInteger(mentions) || mentions < 0)) {
    throw new Error('"mentions" must be a whole number when present');
  }
  if (label !== undefined && (typeof label !== 'string' || !LABELS.includes(label as Label))) {
    throw new Error(`"label" must be one of ${LABELS.join(', ')} when present`);
  }
  const count = mentions ?? 0;
  const named = mentionedNames(text, count);
  const item: Item = {
    id: id ?? fallbackId,
    kind: kind as ItemKind,
    text,
    // The corpus gives a count: the people are named as the text shows them, the rest distinct but nameless.
    mentions: Array.from({ length: count }, (_, index) => ({ name: named[index] ?? `@mention-${index + 1}` })),
    hashtags: [],
  };
  return { item, ...(sender !== undefined && { sender }), ...(label !== undefined && { label: label as Label }) };
}
