// The extension's only storage, written by the background worker alone. An MV3 worker can be stopped at
// any moment, so nothing is counted in memory: every method is one transaction that writes the raw rows
// and the day's rollup together, and a batch from a busy page is one transaction, not one per item.
import { sameThread } from '../detect/sender-of';
import type { Pattern } from '../detect/types';
import type {
  CallEvent,
  ConversationStat,
  CorrectionRow,
  ExportedData,
  FingerprintRow,
  ReceivedFingerprint,
  SeenEvent,
  SelectorHealth,
  SelectorHealthReport,
  StoredEvent,
  WeeklySummary,
} from '../shared/store-types';
import { SELECTOR_SURFACES } from '../shared/store-types';
import { atomically, issueAll } from './atomically';
import { RECENT_MS, rankConversationsForCall } from './deserves-call';
import { isDayKey, type WeekStartDay } from './local-days';
import { mergeVerdicts, sameVerdicts } from './merge-verdicts';
import { SCHEMA_VERSION } from './migrations';
import { fingerprintBands, isNearDuplicate, normaliseFingerprint } from './near-duplicates';
import { openDatabase } from './open-database';
import { activeFlags, countFlags, emptyRollup, recountFlags } from './rollup-counts';
import { reconnecting, type Reconnecting } from './reconnecting';
import { rollupCache } from './rollup-cache';
import { STORE_NAMES, type StoreDatabase } from './schema';
import { buildWeeklySummary, summaryWeeks } from './weekly-summary';

const WEEK_MS = 7 * 24 * 3_600_000;
/** Rollups outlive events: the popup can compare with last year even when events are pruned after weeks. */
const ROLLUP_RETENTION_DAYS = 366;

export interface PruneResult {
  events: number;
  corrections: number;
  callEvents: number;
  conversations: number;
  fingerprints: number;
  rollups: number;
}

export interface Store {
  /** Records a batch of seen items; returns how many were new. An item already stored counts once. */
  recordSeen(events: SeenEvent[]): Promise<number>;
  /** The user said "not broadcast": counted, and the item's flag for that pattern leaves the counts. */
  recordCorrection(id: string, pattern: Pattern, at: number, dayKey: string): Promise<void>;
  /** Hashed ids of every item the user corrected. */
  correctedIds(): Promise<string[]>;
  addFeedTime(dayKey: string, ms: number): Promise<void>;
  recordCallEvent(event: CallEvent): Promise<void>;
  upsertConversation(conversation: ConversationStat): Promise<void>;
  conversationsDeservingCall(now: number, limit?: number): Promise<ConversationStat[]>;
  /** Stores the pair; returns how many distinct other senders sent a near-identical fingerprint. */
  recordFingerprint(fp: string, senderHash: string, at: number): Promise<number>;
  /**
   * The same for a batch, in one transaction; one count per entry, each seeing the entries before it.
   * Senders seen only in the entry's own conversation (`thread`, when both know theirs) do not count.
   */
  recordFingerprints(entries: ReceivedFingerprint[], at: number): Promise<number[]>;
  recordSelectorHealth(report: SelectorHealthReport): Promise<void>;
  /** Latest state per surface that has reported, in the order of SELECTOR_SURFACES. */
  selectorHealth(): Promise<SelectorHealth[]>;
  weeklySummary(now: number, options: { timeZone: string; weekStartsOn: WeekStartDay }): Promise<WeeklySummary>;
  /** Deletes events, call events, fingerprints and quiet conversations older than the retention; rollups and corrections after a year. */
  prune(now: number, retentionWeeks: number): Promise<PruneResult>;
  exportAll(): Promise<ExportedData>;
  deleteAll(): Promise<void>;
  close(): void;
}

export interface OpenStoreOptions {
  name?: string;
  factory?: IDBFactory;
}

function assertDayKey(key: string): void {
  if (!isDayKey(key)) throw new RangeError(`not a day key (YYYY-MM-DD): ${key}`);
}

function inSurfaceOrder(rows: SelectorHealth[]): SelectorHealth[] {
  return rows.sort((a, b) => SELECTOR_SURFACES.indexOf(a.surface) - SELECTOR_SURFACES.indexOf(b.surface));
}

/** Deletes the rows whose keys the lookup finds; returns how many. */
async function deleteFound<K>(found: Promise<K[]>, remove: (key: K) => Promise<void>): Promise<number> {
  const keys = await found;
  await Promise.all(keys.map(remove));
  return keys.length;
}

function createStore(connection: Reconnecting<StoreDatabase>): Store {
  const store: Store = {
    async recordSeen(events) {
      if (events.length === 0) return 0;
      for (const event of events) assertDayKey(event.dayKey);
      const db = await connection.get();
      const tx = db.transaction(['events', 'rollups', 'corrections'], 'readwrite');
      const eventStore = tx.objectStore('events');
      const corrections = tx.objectStore('corrections');
      const rollups = rollupCache(tx.objectStore('rollups'));
      return atomically(tx, async () => {
        const ids = [...new Set(events.map((event) => event.id))];
        const [stored, corrected] = await Promise.all([
          Promise.all(ids.map((id) => eventStore.get(id))),
          // A correction can arrive before its item is stored (the worker restarted between them).
          Promise.all(ids.map((id) => corrections.getAll(IDBKeyRange.bound([id], [id, []])))),
        ]);
        const current = new Map<string, StoredEvent>();
        const correctedById = new Map(ids.map((id, i) => [id, (corrected[i] ?? []).map((row) => row.pattern)]));
        stored.forEach((row) => row && current.set(row.id, row));
        const changed = new Set<string>();
        let added = 0;
        for (const event of events) {
          const before = current.get(event.id);
          if (!before) {
            const row: StoredEvent = {
              id: event.id,
              kind: event.kind,
              at: event.at,
              dayKey: event.dayKey,
              verdicts: mergeVerdicts([], event.verdicts),
              corrected: correctedById.get(event.id) ?? [],
            };
            const rollup = await rollups.get(row.dayKey);
            rollup.seen[row.kind] += 1;
            countFlags(rollup, row.kind, activeFlags(row), 1);
            current.set(row.id, row);
            changed.add(row.id);
            added += 1;
            continue;
          }
          const verdicts = mergeVerdicts(before.verdicts, event.verdicts);
          if (sameVerdicts(verdicts, before.verdicts)) continue;
          const after: StoredEvent = { ...before, verdicts };
          // The item stays counted on the day it was first seen; only its flags there change.
          recountFlags(await rollups.get(before.dayKey), before.kind, activeFlags(before), activeFlags(after));
          current.set(after.id, after);
          changed.add(after.id);
        }
        const rows = [...current.values()].filter((row) => changed.has(row.id));
        await issueAll([...rows.map((row) => () => eventStore.put(row)), () => rollups.writeAll()]);
        return added;
      });
    },

    async recordCorrection(id, pattern, at, dayKey) {
      assertDayKey(dayKey);
      const db = await connection.get();
      const tx = db.transaction(['events', 'rollups', 'corrections'], 'readwrite');
      const corrections = tx.objectStore('corrections');
      const eventStore = tx.objectStore('events');
      const rollups = rollupCache(tx.objectStore('rollups'));
      return atomically(tx, async () => {
        const [already, event] = await Promise.all([corrections.get([id, pattern]), eventStore.get(id)]);
        if (already) return;
        const row: CorrectionRow = { id, pattern, at, dayKey };
        (await rollups.get(dayKey)).corrections += 1;
        // Marked on the item even when it was never flagged for the pattern, so a later sighting with that flag does not count it.
        const withdrawn = event && !event.corrected.includes(pattern) ? { ...event, corrected: [...event.corrected, pattern] } : undefined;
        if (event && withdrawn) recountFlags(await rollups.get(event.dayKey), event.kind, activeFlags(event), activeFlags(withdrawn));
        await Promise.all([corrections.put(row), rollups.writeAll(), ...(withdrawn ? [eventStore.put(withdrawn)] : [])]);
      });
    },

    async correctedIds() {
      const keys = await (await connection.get()).getAllKeys('corrections');
      return [...new Set(keys.map(([id]) => id))];
    },

    async addFeedTime(dayKey, ms) {
      assertDayKey(dayKey);
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`feed time must be a non-negative number of ms: ${ms}`);
      if (ms === 0) return;
      const db = await connection.get();
      const tx = db.transaction('rollups', 'readwrite');
      await atomically(tx, async () => {
        const rollup = (await tx.store.get(dayKey)) ?? emptyRollup(dayKey);
        rollup.feedMs += Math.round(ms);
        await tx.store.put(rollup);
      });
    },

    async recordCallEvent(event) {
      assertDayKey(event.dayKey);
      const db = await connection.get();
      const tx = db.transaction(['callEvents', 'rollups'], 'readwrite');
      const rollups = tx.objectStore('rollups');
      await atomically(tx, async () => {
        const rollup = (await rollups.get(event.dayKey)) ?? emptyRollup(event.dayKey);
        if (event.kind === 'suggested') rollup.callsSuggested += 1;
        else rollup.callsProposed += 1;
        const row: CallEvent = { kind: event.kind, threadId: event.threadId, at: event.at, dayKey: event.dayKey };
        await Promise.all([tx.objectStore('callEvents').add(row), rollups.put(rollup)]);
      });
    },

    async upsertConversation(c) {
      // Field by field: whatever else a caller's object carries is not stored.
      const row: ConversationStat = {
        threadId: c.threadId,
        participantName: c.participantName,
        threadUrl: c.threadUrl,
        inLast7d: c.inLast7d,
        outLast7d: c.outLast7d,
        longestRun: c.longestRun,
        lastActivity: c.lastActivity,
        templated: c.templated,
      };
      await (await connection.get()).put('conversations', row);
    },

    async conversationsDeservingCall(now, limit = 3) {
      const db = await connection.get();
      const recent = await db.getAllFromIndex('conversations', 'by-last-activity', IDBKeyRange.lowerBound(now - RECENT_MS));
      return rankConversationsForCall(recent, now, limit);
    },

    async recordFingerprint(fp, senderHash, at) {
      const [others = 0] = await store.recordFingerprints([{ fp, sender: senderHash }], at);
      return others;
    },

    async recordFingerprints(entries, at) {
      const rows = entries.map(({ fp, sender, thread }): FingerprintRow => {
        const normalised = normaliseFingerprint(fp);
        return { fp: normalised, sender, ...(thread === undefined ? {} : { thread }), at, bands: fingerprintBands(normalised) };
      });
      const db = await connection.get();
      const tx = db.transaction('fingerprints', 'readwrite');
      const byBand = tx.store.index('by-band');
      return atomically(tx, async () => {
        const counts: number[] = [];
        // One after another: a template arriving twice in one batch counts the first sender for the second.
        for (const row of rows) {
          const [candidates] = await Promise.all([Promise.all(row.bands.map((band) => byBand.getAll(band))), tx.store.put(row)]);
          const others = new Set<string>();
          for (const candidate of candidates.flat()) {
            if (candidate.sender !== row.sender && !sameThread(candidate, row) && isNearDuplicate(candidate.fp, row.fp)) others.add(candidate.sender);
          }
          counts.push(others.size);
        }
        return counts;
      });
    },

    async recordSelectorHealth(report) {
      const db = await connection.get();
      const tx = db.transaction('selectorHealth', 'readwrite');
      await atomically(tx, async () => {
        const previous = await tx.store.get(report.surface);
        // Reports from several tabs can arrive out of order; an older one must not overwrite a newer one.
        if (previous && previous.at > report.at) return;
        const since = previous && previous.ok === report.ok ? previous.since : report.at;
        await tx.store.put({ surface: report.surface, ok: report.ok, at: report.at, since });
      });
    },

    async selectorHealth() {
      return inSurfaceOrder(await (await connection.get()).getAll('selectorHealth'));
    },

    async weeklySummary(now, { timeZone, weekStartsOn }) {
      const { lastStart, thisEnd } = summaryWeeks(now, timeZone, weekStartsOn);
      const db = await connection.get();
      const tx = db.transaction(['rollups', 'conversations', 'selectorHealth'], 'readonly');
      const [rollups, rollupCount, conversations, health] = await Promise.all([
        tx.objectStore('rollups').getAll(IDBKeyRange.bound(lastStart, thisEnd)),
        tx.objectStore('rollups').count(),
        tx.objectStore('conversations').index('by-last-activity').getAll(IDBKeyRange.lowerBound(now - RECENT_MS)),
        tx.objectStore('selectorHealth').getAll(),
        tx.done,
      ]);
      return buildWeeklySummary({
        now,
        timeZone,
        weekStartsOn,
        rollups,
        conversations,
        selectorHealth: inSurfaceOrder(health),
        hasAnyData: rollupCount > 0 || conversations.length > 0,
      });
    },

    async prune(now, retentionWeeks) {
      if (!Number.isFinite(retentionWeeks) || retentionWeeks <= 0) {
        throw new RangeError(`retention must be a positive number of weeks: ${retentionWeeks}`);
      }
      const eventCutoff = now - retentionWeeks * WEEK_MS;
      const yearCutoff = now - ROLLUP_RETENTION_DAYS * 24 * 3_600_000;
      // Day keys are local days, the cutoff a UTC date: a year's edge may move by a day, which is harmless.
      const yearCutoffKey = new Date(yearCutoff).toISOString().slice(0, 10);
      const before = (cutoff: number) => IDBKeyRange.upperBound(cutoff, true);
      const db = await connection.get();
      const tx = db.transaction(['events', 'corrections', 'callEvents', 'fingerprints', 'rollups', 'conversations'], 'readwrite');
      const eventStore = tx.objectStore('events');
      const correctionStore = tx.objectStore('corrections');
      const callStore = tx.objectStore('callEvents');
      const fingerprintStore = tx.objectStore('fingerprints');
      const conversationStore = tx.objectStore('conversations');
      const rollupStore = tx.objectStore('rollups');
      const oldRollups = IDBKeyRange.upperBound(yearCutoffKey, true);
      const [events, corrections, callEvents, fingerprints, conversations, rollups] = await atomically(tx, () => Promise.all([
        deleteFound(eventStore.index('by-at').getAllKeys(before(eventCutoff)), (key) => eventStore.delete(key)),
        deleteFound(correctionStore.index('by-at').getAllKeys(before(yearCutoff)), (key) => correctionStore.delete(key)),
        deleteFound(callStore.index('by-at').getAllKeys(before(eventCutoff)), (key) => callStore.delete(key)),
        deleteFound(fingerprintStore.index('by-at').getAllKeys(before(eventCutoff)), (key) => fingerprintStore.delete(key)),
        deleteFound(conversationStore.index('by-last-activity').getAllKeys(before(eventCutoff)), (key) => conversationStore.delete(key)),
        deleteFound(rollupStore.getAllKeys(oldRollups), (key) => rollupStore.delete(key)),
      ]));
      return { events, corrections, callEvents, conversations, fingerprints, rollups };
    },

    async exportAll() {
      const db = await connection.get();
      const tx = db.transaction([...STORE_NAMES], 'readonly');
      const [events, rollups, corrections, callEvents, conversations, fingerprints, selectorHealth] = await Promise.all([
        tx.objectStore('events').getAll(),
        tx.objectStore('rollups').getAll(),
        tx.objectStore('corrections').getAll(),
        tx.objectStore('callEvents').getAll(),
        tx.objectStore('conversations').getAll(),
        tx.objectStore('fingerprints').getAll(),
        tx.objectStore('selectorHealth').getAll(),
      ]);
      await tx.done;
      return {
        format: 'not-so-social-export',
        schemaVersion: SCHEMA_VERSION,
        exportedAt: Date.now(),
        events,
        rollups,
        corrections,
        callEvents,
        conversations,
        fingerprints,
        selectorHealth,
      };
    },

    async deleteAll() {
      const db = await connection.get();
      const tx = db.transaction([...STORE_NAMES], 'readwrite');
      await atomically(tx, () => Promise.all(STORE_NAMES.map((name) => tx.objectStore(name).clear())));
    },

    close() {
      connection.close();
    },
  };
  return store;
}

/** Opens the database (running any migration it lacks) and fails right away if it cannot. */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const connection = reconnecting(() => openDatabase(options));
  await connection.get();
  return createStore(connection);
}
