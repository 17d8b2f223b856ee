// Three concrete times to offer for a call, inside the user's working hours and zone, and the way they
// are written to the other person: "Tue 13:00, Wed 10:00 or Wed 15:30 (CET)".

import { clockMinutes, type WorkingHours } from '../shared/settings';
import { shortZoneName } from './zone-name';
import {
  addDays,
  resolveTimeZone,
  sameCivilDate,
  wallClockAt,
  wallClockToInstant,
  weekdayOf,
  type CivilDate,
} from '../shared/zoned-time';

export interface Slot {
  start: Date;
  end: Date;
}

export interface SlotOptions {
  /** IANA zone; '' means the platform's own. */
  timeZone: string;
  workingHours: WorkingHours;
  /** 0 = Sunday … 6 = Saturday. */
  workingDays: readonly number[];
  callMinutes: number;
  count?: number;
  /** Minimum time between now and the first slot. */
  leadMinutes?: number;
}

/** Slots start on the hour or half hour, the times people actually propose. */
export const SLOT_GRID_MINUTES = 30;
export const DEFAULT_LEAD_MINUTES = 120;
/** Slots are spread over this many working days. */
export const SLOT_DAYS = 2;
/** How far ahead to look for working days, so a sparse week (say, Mondays only) still finds some. */
const SEARCH_DAYS = 21;
const MINUTE_MS = 60_000;

/**
 * Every slot a day offers: on the grid, inside working hours (start and end), not sooner than
 * `earliest`, and only at wall times that exist that day (a spring-forward gap is skipped).
 */
function daySlots(date: CivilDate, opts: SlotOptions, timeZone: string, earliest: number): Slot[] {
  const dayStart = clockMinutes(opts.workingHours.start);
  const dayEnd = clockMinutes(opts.workingHours.end);
  const slots: Slot[] = [];
  const first = Math.ceil(dayStart / SLOT_GRID_MINUTES) * SLOT_GRID_MINUTES;
  for (let minutes = first; minutes + opts.callMinutes <= dayEnd; minutes += SLOT_GRID_MINUTES) {
    const start = wallClockToInstant({ ...date, hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0 }, timeZone);
    if (start === null || start < earliest) continue;
    const end = start + opts.callMinutes * MINUTE_MS;
    // On a day whose clock changes during working hours, the call must still end within them.
    const endWall = wallClockAt(end, timeZone);
    const endMinutes = sameCivilDate(endWall, date) ? endWall.hour * 60 + endWall.minute : 24 * 60 + endWall.hour * 60 + endWall.minute;
    if (endMinutes > dayEnd) continue;
    slots.push({ start: new Date(start), end: new Date(end) });
  }
  return slots;
}

/**
 * `count` slots on the next two working days after today, in the user's zone. Today is left out on
 * purpose: a LinkedIn message is often read hours later, and a same-day time has expired by then.
 * The slots are spread over both days, later in the first day and morning and afternoon on the second
 * ("Tue 13:00, Wed 10:00 or Wed 15:30"), so the other person has a real choice. Fewer than `count`
 * come back only when the working hours hold fewer.
 */
export function pickSlots(now: Date, opts: SlotOptions): Slot[] {
  const count = opts.count ?? 3;
  if (count <= 0) return [];
  const timeZone = resolveTimeZone(opts.timeZone);
  const earliest = now.getTime() + (opts.leadMinutes ?? DEFAULT_LEAD_MINUTES) * MINUTE_MS;
  const today = wallClockAt(now.getTime(), timeZone);

  const candidates: Slot[] = [];
  let daysUsed = 0;
  for (let ahead = 1; ahead <= SEARCH_DAYS && daysUsed < SLOT_DAYS; ahead += 1) {
    const date = addDays(today, ahead);
    if (!opts.workingDays.includes(weekdayOf(date))) continue;
    const slots = daySlots(date, opts, timeZone, earliest);
    if (slots.length === 0) continue;
    candidates.push(...slots);
    daysUsed += 1;
  }

  const picked = Math.min(count, candidates.length);
  // Evenly spaced picks, offset by three quarters of a step, land on the first day's afternoon and
  // both halves of the second day for three picks over two days.
  return Array.from({ length: picked }, (_, index) => candidates[Math.floor(((index + 0.75) * candidates.length) / picked)])
    .filter((slot): slot is Slot => slot !== undefined);
}

const weekdayKey = (date: Date, timeZone: string): string =>
  new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short' }).format(date);

const dateKey = (date: Date, timeZone: string): string =>
  new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).format(date);

/**
 * "Tue 14:00, Wed 10:30 or Wed 16:00 (CET)". Weekday names and the list's "or" follow the locale; the
 * clock is always 24-hour. When the zone's name differs between slots (a daylight-saving change falls
 * in between) each time carries its own; when a weekday would be ambiguous the date is added.
 */
export function formatSlots(slots: readonly Slot[], timeZone: string, locale = 'en'): string {
  if (slots.length === 0) return '';
  const zone = resolveTimeZone(timeZone);
  // Plain "en" reads as international English here: 24-hour times, day before month, and no serial
  // comma before "or".
  const readerLocale = locale === 'en' ? 'en-GB' : locale;
  const dates = new Set(slots.map((slot) => dateKey(slot.start, zone)));
  const weekdays = new Set(slots.map((slot) => weekdayKey(slot.start, zone)));
  const needsDate = weekdays.size < dates.size;
  const dayFormat = new Intl.DateTimeFormat(readerLocale, needsDate ? { timeZone: zone, weekday: 'short', day: 'numeric', month: 'short' } : { timeZone: zone, weekday: 'short' });
  const timeFormat = new Intl.DateTimeFormat(locale, { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const zoneNames = slots.map((slot) => shortZoneName(slot.start, zone, locale));
  const oneZoneName = new Set(zoneNames).size === 1;
  const labels = slots.map((slot, index) => {
    const label = `${dayFormat.format(slot.start)} ${timeFormat.format(slot.start)}`;
    return oneZoneName ? label : `${label} ${zoneNames[index]}`;
  });
  const list = new Intl.ListFormat(readerLocale, { type: 'disjunction' }).format(labels);
  return oneZoneName ? `${list} (${zoneNames[0]})` : list;
}
