// Each test gets its own in-memory IndexedDB, so tests neither share rows nor depend on order.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openStore, type Store } from '../../src/store/store';
import type { SeenEvent, SeenVerdict } from '../../src/shared/store-types';
import type { ItemKind } from '../../src/detect/types';

export async function freshStore(): Promise<{ store: Store; factory: IDBFactory }> {
  const factory = new IDBFactory();
  return { store: await openStore({ factory }), factory };
}

export function seen(id: string, kind: ItemKind, dayKey: string, verdicts: SeenVerdict[] = [], at = Date.parse(`${dayKey}T12:00:00Z`)): SeenEvent {
  return { id, kind, at, dayKey, verdicts };
}

export const tagHijack = (level: 'low' | 'high' = 'high'): SeenVerdict => ({
  pattern: 'tag-hijack',
  level,
  score: level === 'high' ? 0.85 : 0.45,
  reasons: ['mentions-many'],
});

export const bait = (level: 'low' | 'high' = 'low'): SeenVerdict => ({
  pattern: 'engagement-bait',
  level,
  score: level === 'high' ? 0.9 : 0.5,
  reasons: ['agree-question'],
});

export const templated = (level: 'low' | 'high' = 'high'): SeenVerdict => ({
  pattern: 'templated',
  level,
  score: level === 'high' ? 0.9 : 0.5,
  reasons: ['placeholder-unfilled'],
});
