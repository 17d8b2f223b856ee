// Numbers, shares, durations and days in the UI language, through Intl only.

export interface Formats {
  count: (n: number) => string;
  /** A share in [0, 1] as a percentage; null (nothing to share) as a dash. */
  share: (share: number | null) => string;
  /** Milliseconds as "1 hr 20 min" or "45 min". */
  duration: (ms: number) => string;
  /** A `YYYY-MM-DD` local day as its short weekday name. */
  weekday: (dayKey: string) => string;
  /** Two `YYYY-MM-DD` days as a compact range, "Nov 16 – 22". */
  dayRange: (startDayKey: string, endDayKey: string) => string;
}

/**
 * Day keys are already the user's local days: they are read at noon UTC and formatted in UTC, so that
 * no time zone can move them to a neighbouring day.
 */
const dayKeyDate = (dayKey: string): Date => new Date(`${dayKey}T12:00:00Z`);

export function createFormats(locale: string): Formats {
  const count = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const hours = new Intl.NumberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'short' });
  const minutes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short' });
  const weekday = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  const day = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  return {
    count: (n) => count.format(n),
    share: (share) => (share === null ? '–' : percent.format(share)),
    duration: (ms) => {
      const total = Math.round(ms / 60_000);
      const h = Math.floor(total / 60);
      const m = total % 60;
      if (h === 0) return minutes.format(m);
      return m === 0 ? hours.format(h) : `${hours.format(h)} ${minutes.format(m)}`;
    },
    weekday: (dayKey) => weekday.format(dayKeyDate(dayKey)),
    dayRange: (start, end) => day.formatRange(dayKeyDate(start), dayKeyDate(end)),
  };
}
