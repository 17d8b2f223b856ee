// The calendar entry for a proposed call, shared by the Google and Outlook links and the .ics file so
// that all three say the same thing.

import type { Settings } from '../shared/settings';
import type { CalendarEvent } from './calendar-event';
import { utcStamp } from './calendar-links';
import { plainName } from './first-name';
import type { Slot } from './pick-slots';

export interface CallEventOptions {
  participantName: string;
  /** The LinkedIn thread, so the user can get back to the conversation from their calendar. */
  threadUrl: string;
  slot: Slot;
  settings: Settings;
}

/** "Call with Ana Ruiz" at the slot; the video room (or else the phone number) as its location. */
export function callEvent(opts: CallEventOptions): CalendarEvent {
  const call = opts.settings.call;
  const name = plainName(opts.participantName);
  const room = call.videoRoomLink.trim();
  const phone = call.phoneNumber.trim();
  const details = [
    `Conversation on LinkedIn: ${opts.threadUrl}`,
    ...(room ? [`Video room: ${room}`] : []),
    ...(phone ? [`Phone: ${phone}`] : []),
  ].join('\n');
  return {
    title: name ? `Call with ${name}` : 'Call',
    start: opts.slot.start,
    end: opts.slot.end,
    details,
    ...(room || phone ? { location: room || phone } : {}),
  };
}

/**
 * A UID that is the same for the same thread and time, so importing the .ics twice updates the entry
 * instead of adding a second one.
 */
export function callEventUid(threadUrl: string, start: Date): string {
  const thread = threadUrl.replace(/^https?:\/\/[^/]+/, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `call-${thread}-${utcStamp(start)}@not-so-social`;
}
