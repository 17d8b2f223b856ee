import { describe, expect, test } from 'vitest';
import { calendarShortcuts, icsFileName, type ShortcutRequest } from '../../../src/content/call/calendar-shortcuts';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';

const START = new Date('2026-11-24T12:00:00Z');
const request = (overrides: Partial<ShortcutRequest> = {}): ShortcutRequest => ({
  slot: { start: START, end: new Date(START.getTime() + 30 * 60_000) },
  title: 'Call with Ana Ruiz',
  details: 'Our conversation on LinkedIn: https://www.linkedin.com/messaging/thread/2-abc/',
  participantName: 'Ana Ruiz',
  call: { ...DEFAULT_SETTINGS.call, timeZone: 'Europe/Berlin' },
  proposal: 'slots',
  threadId: '0123456789abcdef0123456789abcdef',
  now: new Date('2026-11-23T10:00:00Z'),
  ...overrides,
});

describe('calendarShortcuts', () => {
  test('Google and Outlook links carry the title, the slot and the thread link', () => {
    const { google, outlook } = calendarShortcuts(request());
    const g = new URL(google);
    expect(g.searchParams.get('text')).toBe('Call with Ana Ruiz');
    expect(g.searchParams.get('dates')).toBe('20261124T120000Z/20261124T123000Z');
    expect(g.searchParams.get('details')).toContain('https://www.linkedin.com/messaging/thread/2-abc/');
    const o = new URL(outlook);
    expect(o.searchParams.get('subject')).toBe('Call with Ana Ruiz');
    expect(o.searchParams.get('startdt')).toBe('2026-11-24T12:00:00Z');
    expect(o.searchParams.get('enddt')).toBe('2026-11-24T12:30:00Z');
  });

  test('the .ics holds the call in the user\'s zone, with a uid stable for the thread and slot', () => {
    const first = calendarShortcuts(request()).icsText;
    expect(first).toContain('DTSTART;TZID=Europe/Berlin:20261124T130000\r\n');
    expect(first).toContain('SUMMARY:Call with Ana Ruiz\r\n');
    expect(first).toContain('UID:0123456789abcdef0123456789abcdef-1795521600000@not-so-social\r\n');
    expect(calendarShortcuts(request({ now: new Date('2026-11-23T11:00:00Z') })).icsText).toContain(
      'UID:0123456789abcdef0123456789abcdef-1795521600000@not-so-social\r\n',
    );
  });

  test('the place is the offered phone, else the video room, else none', () => {
    const call = { ...DEFAULT_SETTINGS.call, videoRoomLink: 'https://meet.example/room', phoneNumber: '+49 30 1234567' };
    const place = (proposal: ShortcutRequest['proposal'], settings = call) =>
      new URL(calendarShortcuts(request({ call: settings, proposal })).google).searchParams.get('location');
    expect(place('phone')).toBe('+49 30 1234567');
    expect(place('room')).toBe('https://meet.example/room');
    expect(place('slots')).toBe('https://meet.example/room');
    expect(place('slots', DEFAULT_SETTINGS.call)).toBeNull();
  });
});

describe('icsFileName', () => {
  test('names the file after the person, in plain ASCII', () => {
    expect(icsFileName('Ana Ruiz')).toBe('call-with-ana-ruiz.ics');
    expect(icsFileName('Zoë Müller-Łukasz')).toBe('call-with-zoe-muller-ukasz.ics');
    expect(icsFileName('山田 太郎')).toBe('call.ics');
    expect(icsFileName('')).toBe('call.ics');
  });
});
