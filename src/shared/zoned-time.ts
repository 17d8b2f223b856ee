// Wall-clock time in a named zone ↔ UTC instants, computed with Intl so that daylight-saving rules come
// from the platform's time-zone data rather than from fixed offsets.

export interface CivilDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export interface WallClock extends CivilDate {
  hour: number;
  minute: number;
  second: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

// Building a DateTimeFormat is far slower than using one; callers ask for the same zone all the time.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // Gregorian calendar and Latin digits whatever the platform's defaults, so the parts parse as numbers.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone to use: the given IANA name, or the platform's own zone for ''. */
export function resolveTimeZone(timeZone: string): string {
  return timeZone.trim() || new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function wallClockAt(instant: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    // Some engines still print midnight as hour 24 even with h23.
    hour: (parts.hour ?? 0) % 24,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

const wallClockAsUtc = (wall: WallClock): number =>
  Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);

/** Offset from UTC in minutes at an instant (east positive: Berlin in winter is +60). */
export function offsetMinutesAt(instant: number, timeZone: string): number {
  const wholeSecond = Math.floor(instant / 1000) * 1000;
  return Math.round((wallClockAsUtc(wallClockAt(wholeSecond, timeZone)) - wholeSecond) / MINUTE_MS);
}

const sameWallClock = (a: WallClock, b: WallClock): boolean =>
  a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute && a.second === b.second;

/**
 * The UTC instant of a wall-clock time in a zone. Null when that time does not exist there (skipped by
 * a spring-forward change); the earlier instant when it exists twice (repeated by a fall-back change).
 */
export function wallClockToInstant(wall: WallClock, timeZone: string): number | null {
  const asUtc = wallClockAsUtc(wall);
  // A zone changes offset at most once within a day or two, so the offsets a day either side are the
  // only ones this wall time can have.
  const candidates = [offsetMinutesAt(asUtc - DAY_MS, timeZone), offsetMinutesAt(asUtc + DAY_MS, timeZone)]
    .map((offset) => asUtc - offset * MINUTE_MS)
    .filter((instant) => sameWallClock(wallClockAt(instant, timeZone), wall));
  return candidates.length === 0 ? null : Math.min(...candidates);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: CivilDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

export function addDays(date: CivilDate, days: number): CivilDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

export const sameCivilDate = (a: CivilDate, b: CivilDate): boolean => a.year === b.year && a.month === b.month && a.day === b.day;
