// The rollups one transaction touches: each read once, changed in memory, written once at the end, so
// a batch of a hundred items on one day is one rollup write.
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { DayRollup } from '../shared/store-types';
import { emptyRollup } from './rollup-counts';
import type { StoreSchema } from './schema';

type RollupStore = IDBPObjectStore<StoreSchema, StoreNames<StoreSchema>[], 'rollups', 'readwrite'>;

export function rollupCache(store: RollupStore) {
  const loaded = new Map<string, Promise<DayRollup>>();
  return {
    get(dayKey: string): Promise<DayRollup> {
      let rollup = loaded.get(dayKey);
      if (!rollup) {
        rollup = store.get(dayKey).then((row) => row ?? emptyRollup(dayKey));
        loaded.set(dayKey, rollup);
      }
      return rollup;
    },
    async writeAll(): Promise<void> {
      const rollups = await Promise.all(loaded.values());
      await Promise.all(rollups.map((rollup) => store.put(rollup)));
    },
  };
}
