import { detect, signalsOf } from '../../src/detect/index';
import type { Item, Level, Person } from '../../src/detect/types';

/** A minimal item for detector tests; fields not given are empty. */
export function item(fields: Partial<Item> & Pick<Item, 'kind' | 'text'>): Item {
  return { id: 'test', mentions: [], hashtags: [], ...fields };
}

export function people(...names: string[]): Person[] {
  return names.map((name) => ({ name, profileUrl: `/in/${name.toLowerCase().replace(/\s+/g, '-')}` }));
}

/** The codes of the templated signals a message fires. */
export function templatedCodesOf(text: string): string[] {
  return signalsOf(item({ kind: 'message', text }), 'templated').map((signal) => signal.code);
}

/** The templated level of a message at 'balanced'. */
export function templatedLevelOf(text: string): Level | 'none' {
  return detect(item({ kind: 'message', text }), { sensitivity: 'balanced' }).find((verdict) => verdict.pattern === 'templated')?.level ?? 'none';
}
