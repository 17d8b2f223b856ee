import type { Item, Person } from '../../src/detect/types';

/** A minimal item for detector tests; fields not given are empty. */
export function item(fields: Partial<Item> & Pick<Item, 'kind' | 'text'>): Item {
  return { id: 'test', mentions: [], hashtags: [], ...fields };
}

export function people(...names: string[]): Person[] {
  return names.map((name) => ({ name, profileUrl: `/in/${name.toLowerCase().replace(/\s+/g, '-')}` }));
}
