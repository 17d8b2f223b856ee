// What the background worker may use of the store.
export { openStore, type OpenStoreOptions, type PruneResult, type Store } from './store';
export { addDays, dayKey, firstDayOfWeek, weekStart, weekStartDayKey, type WeekStartDay } from './local-days';
export { deservesCall } from './deserves-call';
