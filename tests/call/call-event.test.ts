import { describe, expect, it } from 'vitest';
import { callEvent, callEventUid } from '../../src/call/call-event';
import { buildIcs } from '../../src/call/ics';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';

const thread = 'https://www.linkedin.com/messaging/thread/2-YWJjZA==/';
const slot = { start: new Date('2026-11-24T12:00:00Z'), end: new Date('2026-11-24T12:30:00Z') };

function settingsWith(call: Partial<Settings['call']>): Settings {
  return { ...DEFAULT_SETTINGS, call: { ...DEFAULT_SETTINGS.call, ...call } };
}

describe('callEvent', () => {
  it('names the call after the participant and links the thread', () => {
    expect(callEvent({ participantName: 'Ana Ruiz 🚀 | Growth', threadUrl: thread, slot, settings: settingsWith({}) })).toEqual({
      title: 'Call with Ana Ruiz',
      start: slot.start,
      end: slot.end,
      details: `Conversation on LinkedIn: ${thread}`,
    });
  });

  it.each<[Partial<Settings['call']>, string | undefined]>([
    [{ videoRoomLink: 'https://zoom.us/j/1', phoneNumber: '+49 30 1234567' }, 'https://zoom.us/j/1'],
    [{ phoneNumber: '+49 30 1234567' }, '+49 30 1234567'],
    [{}, undefined],
  ])('with %j the location is %s', (call, location) => {
    const event = callEvent({ participantName: 'Ana Ruiz', threadUrl: thread, slot, settings: settingsWith(call) });
    expect(event.location).toBe(location);
    if (call.phoneNumber) expect(event.details).toContain(`Phone: ${call.phoneNumber}`);
  });

  it('still has a title when the name is only decoration', () => {
    expect(callEvent({ participantName: '🚀', threadUrl: thread, slot, settings: settingsWith({}) }).title).toBe('Call');
  });
});

describe('callEventUid', () => {
  it('is stable for a thread and time, and differs for another time', () => {
    const uid = callEventUid(thread, slot.start);
    expect(uid).toBe('call-messaging-thread-2-YWJjZA-20261124T120000Z@not-so-social');
    expect(callEventUid(thread, slot.start)).toBe(uid);
    expect(callEventUid(thread, slot.end)).not.toBe(uid);
  });

  it('goes into an .ics unchanged', () => {
    const event = callEvent({ participantName: 'Ana Ruiz', threadUrl: thread, slot, settings: settingsWith({}) });
    const ics = buildIcs({ ...event, uid: callEventUid(thread, slot.start), timeZone: 'Europe/Berlin', now: slot.start });
    expect(ics).toContain('\r\nUID:call-messaging-thread-2-YWJjZA-20261124T120000Z@not-so-social\r\n');
  });
});
