// The user's local days and weeks. Days are counted on the wall clock of a time zone, so a day is 23 or
// 25 hours long when daylight saving changes; everything here goes through Intl's own time-zone data
// rather than a fixed offset or 24-hour steps in milliseconds.

import { offsetMinutesAt, wallClockAt } from '../shared/zoned-time';

export type WeekStartDay = 1 | 6 | 7;

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

const MINUTE_MS = 60_000;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function parseDayKey(key: string): { year: number; month: number; day: number } {
  const match = DAY_KEY.exec(key);
  if (!match) throw new RangeError(`not a day key (YYYY-MM-DD): ${key}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

export function isDayKey(value: string): boolean {
  return DAY_KEY.test(value);
}

/** The local day `YYYY-MM-DD` that the instant falls on in the time zone. */
export function dayKey(ms: number, timeZone: string): string {
  const c = wallClockAt(ms, timeZone);
  return `${pad(c.year, 4)}-${pad(c.month, 2)}-${pad(c.day, 2)}`;
}

/** Calendar arithmetic on day keys; no time zone is involved, so no day is ever skipped or doubled. */
export function addDays(key: string, days: number): string {
  const { year, month, day } = parseDayKey(key);
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** 1 = Monday … 7 = Sunday, the numbering Intl's week info uses. */
export function isoWeekday(key: string): number {
  const { year, month, day } = parseDayKey(key);
  const sundayZero = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return sundayZero === 0 ? 7 : sundayZero;
}

/**
 * The first instant of the local day. Usually local midnight; where daylight saving skips midnight
 * (America/Santiago, for one) it is the first wall-clock time that exists that day.
 */
export function startOfDay(key: string, timeZone: string): number {
  const { year, month, day } = parseDayKey(key);
  const wallMidnight = Date.UTC(year, month - 1, day);
  const first = wallMidnight - offsetMinutesAt(wallMidnight, timeZone) * MINUTE_MS;
  const second = wallMidnight - offsetMinutesAt(first, timeZone) * MINUTE_MS;
  const onTheDay = [first, second].filter((ms) => dayKey(ms, timeZone) === key);
  if (onTheDay.length === 0) return first;
  return Math.min(...onTheDay);
}

/** The local day on which the week containing `ms` starts. */
export function weekStartDayKey(ms: number, timeZone: string, weekStartsOn: WeekStartDay): string {
  const today = dayKey(ms, timeZone);
  const daysIntoWeek = (isoWeekday(today) - weekStartsOn + 7) % 7;
  return addDays(today, -daysIntoWeek);
}

/** The first instant (epoch ms) of the local week containing `ms`. */
export function weekStart(ms: number, timeZone: string, weekStartsOn: WeekStartDay): number {
  return startOfDay(weekStartDayKey(ms, timeZone, weekStartsOn), timeZone);
}

/** The seven day keys of the week that starts on `startKey`. */
export function weekDayKeys(startKey: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(startKey, i));
}

interface WeekInfo {
  firstDay: number;
}

// Intl.Locale's week info is newer than TypeScript's lib: a method in current engines, a getter in
// older V8, absent in some Firefox releases.
interface LocaleWeekInfo {
  getWeekInfo?: () => WeekInfo;
  weekInfo?: WeekInfo;
}

// CLDR's territories whose week starts on Sunday or Saturday (everything else: Monday), for engines
// without Intl week info. Taken from V8's ICU data.
const SUNDAY_REGIONS = new Set(
  'AG AS BD BR BS BT BW BZ CA CO DM DO ET GT GU HK HN ID IL IN IS JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW'.split(' '),
);
const SATURDAY_REGIONS = new Set('AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' '));

function isWeekStartDay(day: number | undefined): day is WeekStartDay {
  return day === 1 || day === 6 || day === 7;
}

/**
 * The day the locale's week starts on: 1 Monday, 6 Saturday, 7 Sunday. Uses Intl week info where the
 * engine has it, CLDR's territory list otherwise, and Monday for anything else (including the rare
 * Friday-first locales, which the store's week type does not carry).
 */
export function firstDayOfWeek(locale: string): WeekStartDay {
  let parsed: Intl.Locale;
  try {
    parsed = new Intl.Locale(locale);
  } catch {
    return 1;
  }
  const withInfo = parsed as Intl.Locale & LocaleWeekInfo;
  const fromEngine = withInfo.getWeekInfo?.().firstDay ?? withInfo.weekInfo?.firstDay;
  if (fromEngine !== undefined) return isWeekStartDay(fromEngine) ? fromEngine : 1;
  const region = parsed.maximize().region;
  if (region && SUNDAY_REGIONS.has(region)) return 7;
  if (region && SATURDAY_REGIONS.has(region)) return 6;
  return 1;
}
