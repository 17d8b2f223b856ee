import { describe, expect, it } from 'vitest';
import { unwrap } from 'idb';
import { IDBFactory } from 'fake-indexeddb';
import './fresh-store';
import { SCHEMA_VERSION } from '../../src/store/migrations';
import { openDatabase } from '../../src/store/open-database';
import { openStore } from '../../src/store/store';
import { emptyRollup } from '../../src/store/rollup-counts';
import { fingerprintBands } from '../../src/store/near-duplicates';
import type { ExportedData } from '../../src/shared/store-types';

type Rows = Omit<ExportedData, 'format' | 'schemaVersion' | 'exportedAt'>;

/** Writes rows through the raw API, as the release that shipped that version would have written them. */
function putRaw(db: IDBDatabase, storeName: string, rows: unknown[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(storeName, 'readwrite');
    for (const row of rows) tx.objectStore(storeName).put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

const AT = Date.parse('2026-11-20T12:00:00Z');

const rollup = { ...emptyRollup('2026-11-20'), seen: { post: 3, comment: 1, message: 0, invite: 0 }, feedMs: 60_000 };

/** What a database at an earlier version holds, and what every one of those rows must look like after upgrading. */
interface FilledDatabase {
  write: Record<string, unknown[]>;
  expected: Rows;
}

/** Rows that every upgrade so far keeps exactly as they were written. */
const keptRows: Omit<Rows, 'fingerprints'> = {
  events: [
    { id: 'e1', kind: 'post', at: AT, dayKey: '2026-11-20', verdicts: [{ pattern: 'engagement-bait', level: 'low', score: 0.5, reasons: ['agree-question'] }], corrected: [] },
    { id: 'e2', kind: 'comment', at: AT + 1, dayKey: '2026-11-20', verdicts: [], corrected: ['tag-hijack'] },
  ],
  rollups: [rollup],
  corrections: [{ id: 'e2', pattern: 'tag-hijack', at: AT + 2, dayKey: '2026-11-20' }],
  callEvents: [{ kind: 'proposed', threadId: 't1', at: AT + 3, dayKey: '2026-11-20' }],
  conversations: [
    { threadId: 't1', participantName: 'Ana Ruiz', threadUrl: 'https://www.linkedin.com/messaging/thread/t1/', inLast7d: 6, outLast7d: 7, longestRun: 9, lastActivity: AT, templated: false },
  ],
  selectorHealth: [{ surface: 'feed', ok: true, at: AT, since: AT - 1000 }],
};

const filledAtVersion1: FilledDatabase = {
  write: {
    ...keptRows,
    fingerprints: [
      { fp: '0123456789abcdef', sender: 's1', at: AT },
      { fp: '0123456789abcdee', sender: 's2', at: AT + 1 },
    ],
  },
  // Fingerprints computed by the function before version 3, which no longer matches: dropped.
  expected: { ...keptRows, fingerprints: [] },
};

/** A filled database for each earlier version. */
const filledAt: Record<number, FilledDatabase> = {
  1: filledAtVersion1,
  2: {
    write: {
      ...filledAtVersion1.write,
      fingerprints: [{ fp: '0123456789abcdef', sender: 's1', at: AT, bands: fingerprintBands('0123456789abcdef') }],
    },
    expected: { ...filledAtVersion1.expected, fingerprints: [] },
  },
};

function rowsOf(exported: ExportedData): Rows {
  const { events, rollups, corrections, callEvents, conversations, fingerprints, selectorHealth } = exported;
  return { events, rollups, corrections, callEvents, conversations, fingerprints, selectorHealth };
}

async function fillDatabase(factory: IDBFactory, version: number, write: Record<string, unknown[]>): Promise<void> {
  const db = await openDatabase({ factory, version });
  const raw = unwrap(db);
  for (const [storeName, rows] of Object.entries(write)) await putRaw(raw, storeName, rows);
  db.close();
}

const earlierVersions = Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 1);

describe('migrations', () => {
  it('have a filled database for every earlier version, so a new version cannot ship untested', () => {
    expect(Object.keys(filledAt).map(Number)).toEqual(earlierVersions);
  });

  it.each(earlierVersions)('keep every row of a database filled at version %i', async (version) => {
    const fixture = filledAt[version];
    if (!fixture) throw new Error(`no filled database for version ${version}`);
    const factory = new IDBFactory();
    await fillDatabase(factory, version, fixture.write);

    const store = await openStore({ factory });
    const exported = await store.exportAll();

    expect(exported.schemaVersion).toBe(SCHEMA_VERSION);
    expect(rowsOf(exported)).toEqual(fixture.expected);
    store.close();
  });

  it.each(earlierVersions)('count no sender of a fingerprint stored at version %i, and the new ones again', async (version) => {
    const factory = new IDBFactory();
    const fixture = filledAt[version];
    if (!fixture) throw new Error(`no filled database for version ${version}`);
    await fillDatabase(factory, version, fixture.write);
    const store = await openStore({ factory });
    expect(await store.recordFingerprint('0123456789abcdec', 's3', AT + 10)).toBe(0);
    expect(await store.recordFingerprint('0123456789abcdee', 's4', AT + 11)).toBe(1);
    store.close();
  });

  it('leave the database at its old version, rows intact, when a step fails', async () => {
    const factory = new IDBFactory();
    await fillDatabase(factory, 1, { fingerprints: [{ fp: 12345, sender: 's1', at: AT }] });

    await expect(openStore({ factory })).rejects.toThrow(TypeError);

    const db = await openDatabase({ factory, version: 1 });
    expect(db.version).toBe(1);
    expect(await db.getAll('fingerprints')).toEqual([{ fp: 12345, sender: 's1', at: AT }]);
    db.close();
  });
});
