// The database's current shape, as idb types it. Earlier versions are described by the migrations that
// built them (see migrations.ts); this is what the last one leaves.
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type {
  CallEvent,
  ConversationStat,
  CorrectionRow,
  DayRollup,
  FingerprintRow,
  SelectorHealth,
  StoredEvent,
} from '../shared/store-types';

export const DATABASE_NAME = 'not-so-social';

export interface StoreSchema extends DBSchema {
  /** Keyed by the hashed item id: one item counts once however often it is seen. */
  events: { key: string; value: StoredEvent; indexes: { 'by-at': number } };
  /** Keyed by local day key. */
  rollups: { key: string; value: DayRollup };
  /** Keyed by [item id, pattern]. */
  corrections: { key: [string, string]; value: CorrectionRow; indexes: { 'by-at': number } };
  callEvents: { key: number; value: CallEvent; indexes: { 'by-at': number } };
  /** Keyed by hashed thread id. */
  conversations: { key: string; value: ConversationStat; indexes: { 'by-last-activity': number } };
  /** Keyed by [fingerprint, sender]: one sender sending the same template twice is one row. */
  fingerprints: { key: [string, string]; value: FingerprintRow; indexes: { 'by-at': number; 'by-band': string } };
  /** Keyed by surface. */
  selectorHealth: { key: string; value: SelectorHealth };
}

export type StoreName = StoreNames<StoreSchema>;

export const STORE_NAMES: readonly StoreName[] = [
  'events',
  'rollups',
  'corrections',
  'callEvents',
  'conversations',
  'fingerprints',
  'selectorHealth',
];

export type StoreDatabase = IDBPDatabase<StoreSchema>;

export type UpgradeTransaction = IDBPTransaction<StoreSchema, StoreName[], 'versionchange'>;
