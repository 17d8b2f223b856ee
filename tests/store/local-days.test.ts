import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  dayKey,
  firstDayOfWeek,
  isoWeekday,
  startOfDay,
  weekDayKeys,
  weekStart,
  weekStartDayKey,
} from '../../src/store/local-days';

const utc = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

describe('dayKey', () => {
  it('names the local day, not the UTC one', () => {
    expect(dayKey(utc('2026-03-28T23:30:00Z'), 'Europe/Berlin')).toBe('2026-03-29');
    expect(dayKey(utc('2026-03-28T23:30:00Z'), 'UTC')).toBe('2026-03-28');
    expect(dayKey(utc('2026-11-02T03:30:00Z'), 'America/New_York')).toBe('2026-11-01');
    expect(dayKey(utc('2026-12-31T11:00:00Z'), 'Pacific/Auckland')).toBe('2027-01-01');
  });
});

describe('addDays and isoWeekday', () => {
  it('do calendar arithmetic across months, years and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-02', -2)).toBe('2026-02-28');
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(() => addDays('23.11.2026', 1)).toThrow(RangeError);
  });
});

describe('startOfDay', () => {
  it('is local midnight, and days around the switch to summer time are 23 hours long (Berlin, March)', () => {
    expect(startOfDay('2026-03-29', 'Europe/Berlin')).toBe(utc('2026-03-28T23:00:00Z'));
    expect(startOfDay('2026-03-30', 'Europe/Berlin')).toBe(utc('2026-03-29T22:00:00Z'));
  });

  it('makes the day back to winter time 25 hours long (Berlin, October)', () => {
    expect(startOfDay('2026-10-26', 'Europe/Berlin') - startOfDay('2026-10-25', 'Europe/Berlin')).toBe(25 * HOUR);
  });

  it('starts a day whose midnight does not exist at the first hour that does (Santiago)', () => {
    // Chile moves its clocks from 00:00 to 01:00 on the first Sunday of September.
    expect(startOfDay('2026-09-06', 'America/Santiago')).toBe(utc('2026-09-06T04:00:00Z'));
    expect(dayKey(utc('2026-09-06T03:59:59Z'), 'America/Santiago')).toBe('2026-09-05');
  });

  it('agrees with dayKey for every hour of a year in several zones', () => {
    for (const zone of ['Europe/Berlin', 'America/New_York', 'America/Santiago', 'Australia/Lord_Howe', 'Asia/Kolkata']) {
      for (let ms = utc('2026-01-01T00:30:00Z'); ms < utc('2027-01-01T00:00:00Z'); ms += 7 * HOUR) {
        const key = dayKey(ms, zone);
        expect(startOfDay(key, zone)).toBeLessThanOrEqual(ms);
        expect(startOfDay(addDays(key, 1), zone)).toBeGreaterThan(ms);
      }
    }
  });
});

describe('weekStart', () => {
  it('puts the last minute of a Sunday and the first of a Monday in different weeks across the March change (Berlin)', () => {
    const sundayNight = utc('2026-03-29T21:59:00Z'); // 23:59 CEST, the day the clocks went forward
    const mondayMorning = utc('2026-03-29T22:00:00Z'); // 00:00 CEST
    expect(weekStartDayKey(sundayNight, 'Europe/Berlin', 1)).toBe('2026-03-23');
    expect(weekStart(sundayNight, 'Europe/Berlin', 1)).toBe(utc('2026-03-22T23:00:00Z'));
    expect(weekStart(mondayMorning, 'Europe/Berlin', 1)).toBe(mondayMorning);
    expect(mondayMorning - weekStart(sundayNight, 'Europe/Berlin', 1)).toBe(7 * 24 * HOUR - HOUR);
  });

  it('keeps the 25-hour Sunday in its own week across the October change (Berlin)', () => {
    const sundayNight = utc('2026-10-25T22:59:00Z'); // 23:59 CET
    expect(weekStart(sundayNight, 'Europe/Berlin', 1)).toBe(utc('2026-10-18T22:00:00Z'));
    expect(weekStart(utc('2026-10-25T23:00:00Z'), 'Europe/Berlin', 1)).toBe(utc('2026-10-25T23:00:00Z'));
  });

  it('starts Sunday-first weeks at local midnight on both sides of the US changes (New York)', () => {
    expect(weekStart(utc('2026-03-14T12:00:00Z'), 'America/New_York', 7)).toBe(utc('2026-03-08T05:00:00Z'));
    expect(weekStart(utc('2026-03-15T03:59:00Z'), 'America/New_York', 7)).toBe(utc('2026-03-08T05:00:00Z'));
    expect(weekStart(utc('2026-03-15T04:00:00Z'), 'America/New_York', 7)).toBe(utc('2026-03-15T04:00:00Z'));
    expect(weekStart(utc('2026-11-01T03:59:00Z'), 'America/New_York', 7)).toBe(utc('2026-10-25T04:00:00Z'));
    expect(weekStart(utc('2026-11-01T04:00:00Z'), 'America/New_York', 7)).toBe(utc('2026-11-01T04:00:00Z'));
  });

  it('starts Saturday-first weeks on Saturday (Cairo)', () => {
    expect(weekStartDayKey(utc('2026-11-27T12:00:00Z'), 'Africa/Cairo', 6)).toBe('2026-11-21');
    expect(weekStartDayKey(utc('2026-11-28T12:00:00Z'), 'Africa/Cairo', 6)).toBe('2026-11-28');
  });

  it('lists the seven days of the week', () => {
    expect(weekDayKeys('2026-12-28')).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']);
  });
});

describe('firstDayOfWeek', () => {
  const descriptor = Object.getOwnPropertyDescriptor(Intl.Locale.prototype, 'weekInfo');
  const method = Object.getOwnPropertyDescriptor(Intl.Locale.prototype, 'getWeekInfo');

  afterEach(() => {
    if (descriptor) Object.defineProperty(Intl.Locale.prototype, 'weekInfo', descriptor);
    if (method) Object.defineProperty(Intl.Locale.prototype, 'getWeekInfo', method);
    else Reflect.deleteProperty(Intl.Locale.prototype, 'getWeekInfo');
  });

  const expected: [string, number][] = [
    ['en-US', 7],
    ['en', 7],
    ['de-DE', 1],
    ['fr-FR', 1],
    ['es-ES', 1],
    ['en-GB', 1],
    ['pt-BR', 7],
    ['ar-EG', 6],
    ['fa-IR', 6],
  ];

  it('follows the locale where the engine has Intl week info', () => {
    for (const [locale, day] of expected) expect(firstDayOfWeek(locale), locale).toBe(day);
  });

  it('falls back to the territory list where it has not (older Firefox)', () => {
    Object.defineProperty(Intl.Locale.prototype, 'weekInfo', { configurable: true, get: () => undefined });
    Object.defineProperty(Intl.Locale.prototype, 'getWeekInfo', { configurable: true, value: undefined });
    for (const [locale, day] of expected) expect(firstDayOfWeek(locale), locale).toBe(day);
  });

  it('answers Monday for a tag it cannot read', () => {
    expect(firstDayOfWeek('not a locale!')).toBe(1);
  });
});
