// Today's feed time in the extension's own database, read or moved on without waiting for it. Runs inside
// the extension's origin (the worker in Chromium, an extension page in Firefox): pass it to `evaluate`.
import type { ConversationStat, DayRollup } from '../../src/shared/store-types';

/** 'read' answers today's feed time in ms; 'seed' answers it too, after adding fifteen minutes and storing the conversation. */
export function feedTimeInStore([mode, seeded]: readonly ['read' | 'seed', ConversationStat]): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('not-so-social');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(['rollups', 'conversations'], 'readwrite');
      const rollups = tx.objectStore('rollups');
      const all = rollups.getAll();
      all.onsuccess = () => {
        const days = (all.result as DayRollup[]).sort((a, b) => a.dayKey.localeCompare(b.dayKey));
        const today = days.at(-1);
        if (!today) return reject(new Error('no rollup yet'));
        if (mode === 'seed') {
          // Fifteen minutes of scrolling earlier today, without waiting fifteen minutes.
          rollups.put({ ...today, feedMs: today.feedMs + 15 * 60_000 });
          tx.objectStore('conversations').put(seeded);
        }
        tx.oncomplete = () => resolve(today.feedMs);
      };
    };
  });
}
