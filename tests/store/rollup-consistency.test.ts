import { describe, expect, it } from 'vitest';
import { freshStore } from './fresh-store';
import { fillYearOfData } from '../../scripts/bench-popup-data';
import { activeFlags, addCounts, countFlags, emptyCounts } from '../../src/store/rollup-counts';

describe('rollups against their events', () => {
  it('equal a recount from the stored events after weeks of batches, repeats and corrections', async () => {
    const { store } = await freshStore();
    const filled = await fillYearOfData(store, { now: Date.parse('2026-11-23T12:00:00Z'), timeZone: 'Europe/Berlin', weeks: 3, itemsPerWeek: 700 });
    const exported = await store.exportAll();

    expect(filled.sightings).toBeGreaterThan(filled.items);
    expect(exported.events).toHaveLength(filled.items);
    expect(exported.events.some((event) => event.corrected.length > 0)).toBe(true);

    const fromRollups = emptyCounts();
    for (const rollup of exported.rollups) addCounts(fromRollups, rollup);
    const fromEvents = emptyCounts();
    for (const event of exported.events) {
      fromEvents.seen[event.kind] += 1;
      countFlags(fromEvents, event.kind, activeFlags(event), 1);
    }
    expect(fromRollups.seen).toEqual(fromEvents.seen);
    expect(fromRollups.broadcast).toEqual(fromEvents.broadcast);
    expect(fromRollups.flagged).toEqual(fromEvents.flagged);
    expect(fromRollups.corrections).toBe(exported.corrections.length);
    expect(fromRollups.callsSuggested + fromRollups.callsProposed).toBe(exported.callEvents.length);
  });
});
