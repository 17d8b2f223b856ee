// Opens the database at a version, running the migrations it lacks. idb's openDB always uses the global
// indexedDB; tests and the benchmark need their own factory, so this wraps the open request directly.
import { wrap } from 'idb';
import { SCHEMA_VERSION, migrations } from './migrations';
import { DATABASE_NAME, type StoreDatabase, type UpgradeTransaction } from './schema';

export interface OpenDatabaseOptions {
  name?: string;
  factory?: IDBFactory;
  /** Only tests open an older version, to fill a database as an earlier release would have. */
  version?: number;
}

export function openDatabase(options: OpenDatabaseOptions = {}): Promise<StoreDatabase> {
  const version = options.version ?? SCHEMA_VERSION;
  if (!Number.isInteger(version) || version < 1 || version > SCHEMA_VERSION) {
    return Promise.reject(new RangeError(`no schema version ${version}`));
  }
  const factory = options.factory ?? globalThis.indexedDB;
  const request = factory.open(options.name ?? DATABASE_NAME, version);
  let migrationError: unknown;
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as StoreDatabase;
    const rawTransaction = request.transaction;
    if (!rawTransaction) return;
    // idb types a wrapped raw transaction as read-only; during upgradeneeded it is the versionchange one.
    const tx = wrap(rawTransaction) as unknown as UpgradeTransaction;
    // A failed upgrade is reported once, by the open request; the transaction's own promise would repeat it.
    tx.done.catch(() => undefined);
    const steps = migrations.slice(event.oldVersion, version);
    (async () => {
      for (const step of steps) await step(db, tx);
    })().catch((error: unknown) => {
      migrationError = error;
      // Aborting makes the open request fail, and the database stays at its old version, untouched.
      try {
        tx.abort();
      } catch {
        // The transaction already ended; its own error has reached the open request.
      }
    });
  });
  return (wrap(request) as Promise<StoreDatabase>).then(
    (db) => {
      // A newer version of the extension wants to upgrade: let it, rather than block it forever.
      db.addEventListener('versionchange', () => db.close());
      return db;
    },
    (error: unknown) => {
      // The abort's own error only says "aborted"; the migration's says why.
      throw migrationError ?? error;
    },
  );
}
