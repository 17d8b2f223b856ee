import { describe, expect, it } from 'vitest';
import { buildIcs, type IcsEvent } from '../../src/call/ics';
import { foldLine } from '../../src/call/ics-text';

const base: IcsEvent = {
  title: 'Call with Ana Ruiz',
  start: new Date('2026-11-24T12:00:00Z'),
  end: new Date('2026-11-24T12:30:00Z'),
  details: 'From LinkedIn: https://www.linkedin.com/messaging/thread/2-abc/',
  uid: 'call-2-abc-20261124T120000Z@not-so-social',
  timeZone: 'Europe/Berlin',
  now: new Date('2026-11-23T10:00:00Z'),
};

/** Content lines after unfolding (RFC 5545 §3.1), independent of the code under test. */
const unfold = (ics: string): string[] => ics.replace(/\r\n[ \t]/g, '').split('\r\n').slice(0, -1);

const unescapeText = (value: string): string =>
  value.replace(/\\([\\;,nN])/g, (_match, char: string) => (char === 'n' || char === 'N' ? '\n' : char));

function property(lines: string[], name: string): string[] {
  return lines.filter((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`)).map((line) => line.slice(line.indexOf(':') + 1));
}

function expectWellFormed(ics: string): void {
  expect(ics.endsWith('\r\n')).toBe(true);
  const physical = ics.split('\r\n').slice(0, -1);
  for (const line of physical) {
    expect(line).not.toMatch(/[\r\n]/);
    expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    // A split inside a character would leave half a surrogate pair.
    expect(line).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  }
  const lines = unfold(ics);
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.at(-1)).toBe('END:VCALENDAR');
  expect(lines).toContain('VERSION:2.0');
  expect(lines).toContain('METHOD:PUBLISH');
  expect(property(lines, 'PRODID')).toHaveLength(1);
  const begins = lines.filter((line) => line.startsWith('BEGIN:')).map((line) => line.slice(6));
  const ends = lines.filter((line) => line.startsWith('END:')).map((line) => line.slice(4));
  expect([...begins].sort()).toEqual([...ends].sort());
}

describe('buildIcs', () => {
  it('writes a well-formed calendar with the event in its zone and a matching VTIMEZONE', () => {
    const ics = buildIcs(base);
    expectWellFormed(ics);
    const lines = unfold(ics);
    expect(property(lines, 'UID')).toEqual([base.uid]);
    expect(property(lines, 'DTSTAMP')).toEqual(['20261123T100000Z']);
    expect(lines).toContain('DTSTART;TZID=Europe/Berlin:20261124T130000');
    expect(lines).toContain('DTEND;TZID=Europe/Berlin:20261124T133000');
    expect(property(lines, 'TZID')).toEqual(['Europe/Berlin']);
    expect(lines.join('\n')).toContain(
      [
        'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'TZNAME:CEST', 'DTSTART:20250330T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
        'BEGIN:STANDARD', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'TZNAME:CET', 'DTSTART:20251026T030000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
      ].join('\n'),
    );
  });

  it.each([
    ['America/New_York', 'DTSTART;TZID=America/New_York:20261124T070000', ['RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'TZOFFSETTO:-0400', 'TZOFFSETTO:-0500']],
    ['Australia/Sydney', 'DTSTART;TZID=Australia/Sydney:20261124T230000', ['RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU', 'DTSTART:20251005T020000']],
    ['Asia/Kolkata', 'DTSTART;TZID=Asia/Kolkata:20261124T173000', ['TZOFFSETFROM:+0530', 'TZOFFSETTO:+0530', 'DTSTART:19700101T000000', 'TZNAME:IST']],
  ])('describes %s', (timeZone, start, expectedLines) => {
    const lines = unfold(buildIcs({ ...base, timeZone }));
    expect(lines).toContain(start);
    expect(property(lines, 'TZID')).toEqual([timeZone]);
    for (const line of expectedLines) expect(lines).toContain(line);
  });

  it('writes out each change for a zone without a yearly rule, matching what Intl says', () => {
    const lines = unfold(buildIcs({ ...base, timeZone: 'Africa/Casablanca' }));
    expect(property(lines, 'RRULE')).toEqual([]);
    const offsets = property(lines, 'TZOFFSETTO');
    const onsets = property(lines, 'DTSTART').filter((value) => value.length === 15 && value !== '19700101T000000');
    expect(onsets.length).toBeGreaterThanOrEqual(4);
    expect(new Set(offsets)).toEqual(new Set(['+0100', '+0000']));
  });

  it('escapes TEXT and round-trips it after unfolding, even with long multi-byte text', () => {
    const title = 'Call with Zoë, José; and the "team" \\ 山田太郎 🚀🚀🚀';
    const details = `Line one, with commas; and semicolons\nLine two: ${'é🚀漢'.repeat(30)}\r\nThread: https://www.linkedin.com/messaging/thread/2-abc/`;
    const ics = buildIcs({ ...base, title, details, location: 'Room 1, floor 2; ask at desk' });
    expectWellFormed(ics);
    const lines = unfold(ics);
    expect(property(lines, 'SUMMARY').map(unescapeText)).toEqual([title]);
    expect(property(lines, 'DESCRIPTION').map(unescapeText)).toEqual([details.replace(/\r\n/g, '\n')]);
    expect(property(lines, 'LOCATION').map(unescapeText)).toEqual(['Room 1, floor 2; ask at desk']);
    expect(property(lines, 'SUMMARY')[0]).toContain('Zoë\\, José\\; and the "team" \\\\ ');
  });

  it('falls back to UTC times for a zone the platform does not know', () => {
    const lines = unfold(buildIcs({ ...base, timeZone: 'Mars/Olympus_Mons' }));
    expect(lines).toContain('DTSTART:20261124T120000Z');
    expect(lines).toContain('DTEND:20261124T123000Z');
    expect(lines.some((line) => line.startsWith('BEGIN:VTIMEZONE'))).toBe(false);
  });
});

describe('foldLine', () => {
  it.each([
    ['a short line', 'SUMMARY:hello', 1],
    ['exactly 75 octets', `X:${'a'.repeat(73)}`, 1],
    ['76 octets', `X:${'a'.repeat(74)}`, 2],
    ['three-octet characters at the edge', `X:${'漢'.repeat(40)}`, 2],
    ['four-octet characters', `X:${'🚀'.repeat(60)}`, 4],
  ])('%s', (_name, line, physicalLines) => {
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts).toHaveLength(physicalLines);
    for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    parts.slice(1).forEach((part) => expect(part.startsWith(' ')).toBe(true));
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});
