import { describe, expect, test } from 'vitest';
import { createFormats } from '../../src/popup/format';

describe('popup formats', () => {
  test('durations in hours and minutes, rounded to the minute', () => {
    const f = createFormats('en');
    expect(f.duration(0)).toBe('0 min');
    expect(f.duration(44 * 60_000 + 31_000)).toBe('45 min');
    expect(f.duration(2 * 3_600_000)).toBe('2 hr');
    expect(f.duration(80 * 60_000)).toBe('1 hr 20 min');
    expect(createFormats('de').duration(80 * 60_000)).toBe('1 Std. 20 Min.');
  });

  test('day keys keep their day whatever the machine time zone', () => {
    const f = createFormats('en');
    expect(f.weekday('2026-03-29')).toBe('Sun');
    expect(f.dayRange('2026-11-16', '2026-11-22')).toBe('Nov 16\u2009–\u200922');
    expect(createFormats('fr').weekday('2026-11-16')).toBe('lun.');
  });

  test('shares as whole percentages, and no share as a dash', () => {
    expect(createFormats('en').share(0.456)).toBe('46%');
    expect(createFormats('en').share(null)).toBe('–');
  });
});
