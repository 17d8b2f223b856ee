import { describe, expect, it } from 'vitest';
import { addDays, offsetMinutesAt, resolveTimeZone, wallClockAt, wallClockToInstant, weekdayOf } from '../../src/shared/zoned-time';

const wall = (text: string) => {
  const [date = '', time = ''] = text.split(' ');
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return { year, month, day, hour, minute, second: 0 };
};

describe('wallClockToInstant', () => {
  it.each([
    ['Europe/Berlin', '2026-01-15 09:00', '2026-01-15T08:00:00.000Z'],
    ['Europe/Berlin', '2026-07-15 09:00', '2026-07-15T07:00:00.000Z'],
    ['Europe/Berlin', '2026-03-29 03:00', '2026-03-29T01:00:00.000Z'],
    ['Europe/Berlin', '2026-03-29 01:59', '2026-03-29T00:59:00.000Z'],
    ['America/New_York', '2026-03-08 03:00', '2026-03-08T07:00:00.000Z'],
    ['America/New_York', '2026-11-23 09:00', '2026-11-23T14:00:00.000Z'],
    ['Asia/Kolkata', '2026-06-01 09:00', '2026-06-01T03:30:00.000Z'],
    ['Australia/Lord_Howe', '2026-01-10 12:00', '2026-01-10T01:00:00.000Z'],
  ])('%s %s is %s', (zone, local, iso) => {
    expect(new Date(wallClockToInstant(wall(local), zone) ?? NaN).toISOString()).toBe(iso);
  });

  it.each([
    ['Europe/Berlin', '2026-03-29 02:30'],
    ['America/New_York', '2026-03-08 02:00'],
  ])('%s %s does not exist (spring forward)', (zone, local) => {
    expect(wallClockToInstant(wall(local), zone)).toBeNull();
  });

  it.each([
    ['Europe/Berlin', '2026-10-25 02:30', '2026-10-25T00:30:00.000Z'],
    ['America/New_York', '2026-11-01 01:30', '2026-11-01T05:30:00.000Z'],
  ])('%s %s exists twice (fall back): the earlier one is used', (zone, local, iso) => {
    expect(new Date(wallClockToInstant(wall(local), zone) ?? NaN).toISOString()).toBe(iso);
  });

  it('round-trips every half hour of a DST week in Berlin', () => {
    const from = Date.parse('2026-10-22T00:00:00Z');
    for (let instant = from; instant < from + 7 * 86_400_000; instant += 1_800_000) {
      const local = wallClockAt(instant, 'Europe/Berlin');
      const back = wallClockToInstant(local, 'Europe/Berlin');
      // In the repeated hour the earlier instant comes back; both show the same wall clock.
      expect(back === instant || back === instant - 3_600_000).toBe(true);
    }
  });
});

describe('zone helpers', () => {
  it.each([
    ['Europe/Berlin', '2026-01-01T12:00:00Z', 60],
    ['Europe/Berlin', '2026-07-01T12:00:00Z', 120],
    ['America/New_York', '2026-07-01T12:00:00Z', -240],
    ['Asia/Kolkata', '2026-07-01T12:00:00Z', 330],
    ['Asia/Kathmandu', '2026-07-01T12:00:00Z', 345],
  ])('offset of %s at %s is %i minutes', (zone, iso, offset) => {
    expect(offsetMinutesAt(Date.parse(iso), zone)).toBe(offset);
  });

  it('resolves the empty zone to the platform zone', () => {
    expect(resolveTimeZone('')).toBe(new Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(resolveTimeZone('Asia/Kolkata')).toBe('Asia/Kolkata');
  });

  it('does civil-date arithmetic across months and years', () => {
    expect(addDays({ year: 2026, month: 12, day: 30 }, 3)).toEqual({ year: 2027, month: 1, day: 2 });
    expect(weekdayOf({ year: 2026, month: 11, day: 23 })).toBe(1);
    expect(weekdayOf({ year: 2026, month: 3, day: 29 })).toBe(0);
  });
});
