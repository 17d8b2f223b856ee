import { describe, expect, it } from 'vitest';
import { formatSlots, pickSlots, type Slot, type SlotOptions } from '../../src/call/pick-slots';

const officeHours = (timeZone: string, extra: Partial<SlotOptions> = {}): SlotOptions => ({
  timeZone,
  workingHours: { start: '09:00', end: '17:00' },
  workingDays: [1, 2, 3, 4, 5],
  callMinutes: 30,
  ...extra,
});

/** "Tue 2026-11-24 13:00" in the zone, written independently of the code under test. */
function local(instant: Date, timeZone: string): string {
  const weekday = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short' }).format(instant);
  return `${weekday} ${new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'short' }).format(instant)}`;
}

const iso = (slots: Slot[]) => slots.map((slot) => slot.start.toISOString());

describe('pickSlots', () => {
  it.each<[string, string, SlotOptions, string[], string[]]>([
    [
      'Berlin, Monday morning',
      '2026-11-23T10:00:00Z',
      officeHours('Europe/Berlin'),
      ['Tue 2026-11-24 13:00', 'Wed 2026-11-25 10:00', 'Wed 2026-11-25 15:30'],
      ['2026-11-24T12:00:00.000Z', '2026-11-25T09:00:00.000Z', '2026-11-25T14:30:00.000Z'],
    ],
    [
      'New York, Monday morning',
      '2026-11-23T14:00:00Z',
      officeHours('America/New_York'),
      ['Tue 2026-11-24 13:00', 'Wed 2026-11-25 10:00', 'Wed 2026-11-25 15:30'],
      ['2026-11-24T18:00:00.000Z', '2026-11-25T15:00:00.000Z', '2026-11-25T20:30:00.000Z'],
    ],
    [
      'Kolkata (UTC+5:30), Monday morning',
      '2026-11-23T04:30:00Z',
      officeHours('Asia/Kolkata'),
      ['Tue 2026-11-24 13:00', 'Wed 2026-11-25 10:00', 'Wed 2026-11-25 15:30'],
      ['2026-11-24T07:30:00.000Z', '2026-11-25T04:30:00.000Z', '2026-11-25T10:00:00.000Z'],
    ],
    [
      'Friday afternoon → Monday and Tuesday',
      '2026-11-27T14:00:00Z',
      officeHours('Europe/Berlin'),
      ['Mon 2026-11-30 13:00', 'Tue 2026-12-01 10:00', 'Tue 2026-12-01 15:30'],
      ['2026-11-30T12:00:00.000Z', '2026-12-01T09:00:00.000Z', '2026-12-01T14:30:00.000Z'],
    ],
    [
      'end of the working day → the next two days',
      '2026-11-25T21:55:00Z',
      officeHours('America/New_York'),
      ['Thu 2026-11-26 13:00', 'Fri 2026-11-27 10:00', 'Fri 2026-11-27 15:30'],
      ['2026-11-26T18:00:00.000Z', '2026-11-27T15:00:00.000Z', '2026-11-27T20:30:00.000Z'],
    ],
    [
      'Europe springs forward over the weekend (2026-03-29): CEST on Monday',
      '2026-03-27T15:00:00Z',
      officeHours('Europe/Berlin'),
      ['Mon 2026-03-30 13:00', 'Tue 2026-03-31 10:00', 'Tue 2026-03-31 15:30'],
      ['2026-03-30T11:00:00.000Z', '2026-03-31T08:00:00.000Z', '2026-03-31T13:30:00.000Z'],
    ],
    [
      'the US springs forward over the weekend (2026-03-08): EDT on Monday',
      '2026-03-06T20:00:00Z',
      officeHours('America/New_York'),
      ['Mon 2026-03-09 13:00', 'Tue 2026-03-10 10:00', 'Tue 2026-03-10 15:30'],
      ['2026-03-09T17:00:00.000Z', '2026-03-10T14:00:00.000Z', '2026-03-10T19:30:00.000Z'],
    ],
    [
      'Europe falls back over the weekend (2026-10-25): CET on Monday',
      '2026-10-23T13:00:00Z',
      officeHours('Europe/Berlin'),
      ['Mon 2026-10-26 13:00', 'Tue 2026-10-27 10:00', 'Tue 2026-10-27 15:30'],
      ['2026-10-26T12:00:00.000Z', '2026-10-27T09:00:00.000Z', '2026-10-27T14:30:00.000Z'],
    ],
    [
      'a Thursday: Friday in CEST, Monday in CET',
      '2026-10-22T08:00:00Z',
      officeHours('Europe/Berlin'),
      ['Fri 2026-10-23 13:00', 'Mon 2026-10-26 10:00', 'Mon 2026-10-26 15:30'],
      ['2026-10-23T11:00:00.000Z', '2026-10-26T09:00:00.000Z', '2026-10-26T14:30:00.000Z'],
    ],
    [
      'a Sunday night-shift on the spring-forward night skips the missing hour',
      '2026-03-28T11:00:00Z',
      officeHours('Europe/Berlin', { workingDays: [0], workingHours: { start: '01:00', end: '04:00' } }),
      ['Sun 2026-03-29 03:00', 'Sun 2026-04-05 01:30', 'Sun 2026-04-05 03:30'],
      ['2026-03-29T01:00:00.000Z', '2026-04-04T23:30:00.000Z', '2026-04-05T01:30:00.000Z'],
    ],
  ])('%s', (_name, now, opts, expectedLocal, expectedUtc) => {
    const slots = pickSlots(new Date(now), opts);
    expect(slots.map((slot) => local(slot.start, opts.timeZone))).toEqual(expectedLocal);
    expect(iso(slots)).toEqual(expectedUtc);
  });

  it.each([
    ['Europe/Berlin', '2026-03-26T09:00:00Z'],
    ['America/New_York', '2026-03-05T15:00:00Z'],
    ['Europe/Berlin', '2026-10-22T15:30:00Z'],
    ['Asia/Kolkata', '2026-11-27T12:00:00Z'],
  ])('every slot in %s from %s is a whole call inside working hours on a working day, on :00 or :30', (zone, now) => {
    const opts = officeHours(zone, { callMinutes: 45, count: 100 });
    const slots = pickSlots(new Date(now), opts);
    expect(slots.length).toBeGreaterThan(3);
    for (const slot of slots) {
      const start = local(slot.start, zone);
      const end = local(slot.end, zone);
      expect(slot.end.getTime() - slot.start.getTime()).toBe(45 * 60_000);
      expect(start.slice(0, 3)).toMatch(/Mon|Tue|Wed|Thu|Fri/);
      expect(start.slice(-5) >= '09:00' && end.slice(-5) <= '17:00').toBe(true);
      expect(start.slice(-2)).toMatch(/00|30/);
      expect(end.slice(4, 14)).toBe(start.slice(4, 14));
    }
    expect(new Set(slots.map((slot) => local(slot.start, zone).slice(4, 14))).size).toBe(2);
    // With 45-minute calls the last start in a 09:00–17:00 day is 16:00.
    expect(slots.map((slot) => local(slot.start, zone).slice(-5))).toContain('16:00');
    expect(slots.map((slot) => local(slot.start, zone).slice(-5))).not.toContain('16:30');
  });

  it('keeps the lead time and gives fewer slots only when the hours hold fewer', () => {
    const now = new Date('2026-11-22T22:00:00Z'); // Sunday 23:00 in Berlin
    const opts = officeHours('Europe/Berlin', { workingDays: [0, 1, 2, 3, 4, 5, 6], workingHours: { start: '00:00', end: '02:00' }, count: 50 });
    const slots = pickSlots(now, opts);
    expect(slots.map((slot) => local(slot.start, 'Europe/Berlin'))).toEqual([
      'Mon 2026-11-23 01:00',
      'Mon 2026-11-23 01:30',
      'Tue 2026-11-24 00:00',
      'Tue 2026-11-24 00:30',
      'Tue 2026-11-24 01:00',
      'Tue 2026-11-24 01:30',
    ]);
    expect(slots.every((slot) => slot.start.getTime() >= now.getTime() + 2 * 3_600_000)).toBe(true);
  });

  it('rounds an odd start of working hours up to the half hour', () => {
    const slots = pickSlots(new Date('2026-11-23T10:00:00Z'), officeHours('Europe/Berlin', { workingHours: { start: '09:15', end: '10:30' }, count: 10 }));
    expect(slots.map((slot) => local(slot.start, 'Europe/Berlin').slice(-5))).toEqual(['09:30', '10:00', '09:30', '10:00']);
  });

  it('gives nothing for no working day or no count', () => {
    expect(pickSlots(new Date('2026-11-23T10:00:00Z'), officeHours('Europe/Berlin', { workingDays: [] }))).toEqual([]);
    expect(pickSlots(new Date('2026-11-23T10:00:00Z'), officeHours('Europe/Berlin', { count: 0 }))).toEqual([]);
  });
});

describe('formatSlots', () => {
  const monday = new Date('2026-11-23T10:00:00Z');
  it.each<[string, string, string, string]>([
    ['Berlin in English', 'Europe/Berlin', 'en', 'Tue 13:00, Wed 10:00 or Wed 15:30 (CET)'],
    ['Berlin in German', 'Europe/Berlin', 'de', 'Di 13:00, Mi 10:00 oder Mi 15:30 (MEZ)'],
    ['New York in US English', 'America/New_York', 'en-US', 'Tue 13:00, Wed 10:00, or Wed 15:30 (EST)'],
    ['Kolkata in English', 'Asia/Kolkata', 'en', 'Tue 13:00, Wed 10:00 or Wed 15:30 (IST)'],
  ])('%s', (_name, zone, locale, expected) => {
    const slots = pickSlots(new Date(monday.getTime()), officeHours(zone));
    expect(formatSlots(slots, zone, locale).replace(/\u00a0/g, ' ')).toBe(expected);
  });

  it('names the zone at each time when a daylight-saving change falls between slots', () => {
    const slots = pickSlots(new Date('2026-10-22T08:00:00Z'), officeHours('Europe/Berlin'));
    expect(formatSlots(slots, 'Europe/Berlin')).toBe('Fri 13:00 CEST, Mon 10:00 CET or Mon 15:30 CET');
  });

  it('adds the date when a weekday alone would be ambiguous', () => {
    const slots = pickSlots(new Date('2026-11-23T10:00:00Z'), officeHours('Europe/Berlin', { workingDays: [1] }));
    expect(formatSlots(slots, 'Europe/Berlin')).toBe('Mon 30 Nov 13:00, Mon 7 Dec 10:00 or Mon 7 Dec 15:30 (CET)');
  });

  it('writes a single slot and no slot', () => {
    const slots = pickSlots(new Date('2026-11-23T10:00:00Z'), officeHours('Europe/Berlin', { count: 1 }));
    expect(formatSlots(slots, 'Europe/Berlin')).toBe('Wed 13:00 (CET)');
    expect(formatSlots([], 'Europe/Berlin')).toBe('');
  });
});
