// The schema's history. Entry i builds version i + 1 from version i; a database at any earlier version
// is brought forward one step at a time inside the upgrade transaction, so existing rows are kept (and
// rewritten where a step needs it). Never edit a shipped step: add the next one.
import { fingerprintBands } from './near-duplicates';
import type { StoreDatabase, UpgradeTransaction } from './schema';

export type Migration = (db: StoreDatabase, tx: UpgradeTransaction) => Promise<void> | void;

/** Version 1: events with their daily rollups, corrections, call events, conversations, fingerprints, selector health. */
const createStores: Migration = (db) => {
  db.createObjectStore('events', { keyPath: 'id' }).createIndex('by-at', 'at');
  db.createObjectStore('rollups', { keyPath: 'dayKey' });
  db.createObjectStore('corrections', { keyPath: ['id', 'pattern'] }).createIndex('by-at', 'at');
  db.createObjectStore('callEvents', { autoIncrement: true }).createIndex('by-at', 'at');
  db.createObjectStore('conversations', { keyPath: 'threadId' }).createIndex('by-last-activity', 'lastActivity');
  db.createObjectStore('fingerprints', { keyPath: ['fp', 'sender'] }).createIndex('by-at', 'at');
  db.createObjectStore('selectorHealth', { keyPath: 'surface' });
};

/**
 * Version 2: near-duplicate lookup by index. Version 1 compared a new fingerprint with every stored one;
 * now each row carries its band keys under a multi-entry index, and rows from version 1 get theirs here.
 */
const indexFingerprintBands: Migration = async (_db, tx) => {
  const fingerprints = tx.objectStore('fingerprints');
  fingerprints.createIndex('by-band', 'bands', { multiEntry: true });
  let cursor = await fingerprints.openCursor();
  while (cursor) {
    const { fp, sender, at } = cursor.value;
    await cursor.update({ fp, sender, at, bands: fingerprintBands(fp) });
    cursor = await cursor.continue();
  }
};

/**
 * Version 3: the text fingerprint changed (runs of masks and job titles collapse, the greeting and its
 * name are left out), so a stored fingerprint no longer matches a new one of the same text, and the text
 * it came from was never kept to compute it again. The old rows are dropped: senders seen before the
 * update count again from their next message.
 */
const dropFingerprintsOfOldFunction: Migration = async (_db, tx) => {
  await tx.objectStore('fingerprints').clear();
};

export const migrations: readonly Migration[] = [createStores, indexFingerprintBands, dropFingerprintsOfOldFunction];

export const SCHEMA_VERSION = migrations.length;
