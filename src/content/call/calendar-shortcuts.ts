// The calendar side of "Suggest a call": the proposed time as a Google Calendar link, an Outlook link
// and an .ics file, with the conversation's address in the details so the user can find their way back.
import type { CalendarEvent } from '../../call/calendar-event';
import { googleCalendarUrl, outlookCalendarUrl } from '../../call/calendar-links';
import { buildIcs } from '../../call/ics';
import type { Slot } from '../../call/pick-slots';
import type { CallSettings, ProposalKind } from '../../shared/settings';

export interface CalendarShortcuts {
  google: string;
  outlook: string;
  icsText: string;
  icsFileName: string;
}

export interface ShortcutRequest {
  slot: Slot;
  /** Localised "Call with Ana Ruiz". */
  title: string;
  /** Localised text holding the thread's URL. */
  details: string;
  participantName: string;
  call: CallSettings;
  proposal: ProposalKind;
  /** Hashed thread id, so that importing the same slot twice updates one event. */
  threadId: string;
  now: Date;
}

/** Where the call happens: what the draft offered, else the room, else the phone, else nowhere yet. */
function callPlace(call: CallSettings, proposal: ProposalKind): string | undefined {
  const room = call.videoRoomLink.trim();
  const phone = call.phoneNumber.trim();
  if (proposal === 'phone' && phone !== '') return phone;
  return room || phone || undefined;
}

/** "call-with-ana-ruiz.ics"; letters outside ASCII are folded or dropped, since some mail clients mangle them. */
export function icsFileName(participantName: string): string {
  const slug = participantName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'call.ics' : `call-with-${slug}.ics`;
}

export function calendarShortcuts(request: ShortcutRequest): CalendarShortcuts {
  const location = callPlace(request.call, request.proposal);
  const event: CalendarEvent = {
    title: request.title,
    start: request.slot.start,
    end: request.slot.end,
    details: request.details,
    ...(location ? { location } : {}),
  };
  return {
    google: googleCalendarUrl(event),
    outlook: outlookCalendarUrl(event),
    icsText: buildIcs({
      ...event,
      uid: `${request.threadId}-${request.slot.start.getTime()}@not-so-social`,
      timeZone: request.call.timeZone,
      now: request.now,
    }),
    icsFileName: icsFileName(request.participantName),
  };
}
