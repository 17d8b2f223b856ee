import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../src/call/calendar-event';
import { googleCalendarUrl, outlookCalendarUrl } from '../../src/call/calendar-links';

const thread = 'https://www.linkedin.com/messaging/thread/2-YWJjZA==/';

const events: [string, CalendarEvent][] = [
  [
    'a plain call',
    { title: 'Call with Ana Ruiz', start: new Date('2026-11-24T12:00:00Z'), end: new Date('2026-11-24T12:30:00Z'), details: `From LinkedIn: ${thread}` },
  ],
  [
    'awkward characters and a location',
    {
      title: 'Call with Zoë & José (+ team) #1 – 50% sure?',
      start: new Date('2026-03-29T01:00:00Z'),
      end: new Date('2026-03-29T01:45:00Z'),
      details: `Line one; line two, "quoted"\nThread: ${thread}?a=1&b=2`,
      location: 'https://zoom.us/j/123?pwd=a+b/c',
    },
  ],
];

describe('googleCalendarUrl', () => {
  it.each(events)('%s parses back to the event', (_name, event) => {
    const url = new URL(googleCalendarUrl(event));
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(url.searchParams.get('action')).toBe('TEMPLATE');
    expect(url.searchParams.get('text')).toBe(event.title);
    expect(url.searchParams.get('details')).toBe(event.details);
    expect(url.searchParams.get('location')).toBe(event.location ?? null);
    const [start, end] = (url.searchParams.get('dates') ?? '').split('/');
    const asDate = (stamp = '') => new Date(stamp.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));
    expect(start).toMatch(/^\d{8}T\d{6}Z$/);
    expect(asDate(start).getTime()).toBe(event.start.getTime());
    expect(asDate(end).getTime()).toBe(event.end.getTime());
    // A literal "+" would be read as a space by form decoding.
    expect(url.search).not.toMatch(/\+/);
  });

  it('writes the dates as the documented UTC basic format', () => {
    expect(googleCalendarUrl(events[0]![1])).toContain('dates=20261124T120000Z%2F20261124T123000Z');
  });
});

describe('outlookCalendarUrl', () => {
  it.each(events)('%s parses back to the event', (_name, event) => {
    const url = new URL(outlookCalendarUrl(event));
    expect(url.origin + url.pathname).toBe('https://outlook.live.com/calendar/0/deeplink/compose');
    expect(url.searchParams.get('rru')).toBe('addevent');
    expect(url.searchParams.get('subject')).toBe(event.title);
    expect(url.searchParams.get('body')).toBe(event.details);
    expect(url.searchParams.get('location')).toBe(event.location ?? null);
    expect(url.searchParams.get('startdt')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(Date.parse(url.searchParams.get('startdt') ?? '')).toBe(event.start.getTime());
    expect(Date.parse(url.searchParams.get('enddt') ?? '')).toBe(event.end.getTime());
    expect(url.search).not.toMatch(/\+/);
  });

  it('opens a work (Microsoft 365) calendar when asked', () => {
    expect(new URL(outlookCalendarUrl(events[0]![1], 'work')).origin).toBe('https://outlook.office.com');
  });
});
