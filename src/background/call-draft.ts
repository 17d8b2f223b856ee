// "Suggest a call", worked out in the background so the content script injected into every LinkedIn
// page does not carry the slot picking, time-zone maths and .ics writing: the draft text, the offered
// times, and each time's calendar links and .ics text, as one plain answer the page only has to show.
import type { CalendarEvent } from '../call/calendar-event';
import { googleCalendarUrl, outlookCalendarUrl } from '../call/calendar-links';
import { draftCallMessage } from '../call/draft-message';
import { buildIcs } from '../call/ics';
import { formatSlots, pickSlots, type Slot } from '../call/pick-slots';
import type { CallDraft, CallDraftRequest, OfferedSlot } from '../messages';
import type { CallSettings, ProposalKind, Settings } from '../shared/settings';

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

function offeredSlot(slot: Slot, request: CallDraftRequest, call: CallSettings, proposal: ProposalKind, now: Date): OfferedSlot {
  const location = callPlace(call, proposal);
  const event: CalendarEvent = {
    title: request.eventTitle,
    start: slot.start,
    end: slot.end,
    details: request.eventDetails,
    ...(location ? { location } : {}),
  };
  return {
    start: slot.start.toISOString(),
    end: slot.end.toISOString(),
    label: formatSlots([slot], call.timeZone),
    google: googleCalendarUrl(event),
    outlook: outlookCalendarUrl(event),
    icsText: buildIcs({ ...event, uid: `${request.threadId}-${slot.start.getTime()}@not-so-social`, timeZone: call.timeZone, now }),
  };
}

export function callDraft(request: CallDraftRequest, settings: Settings, now: Date): CallDraft {
  const call = settings.call;
  const draft = draftCallMessage({ participantName: request.participantName, settings, now });
  // A scheduling link lets the other person pick, and the tool makes the event; other proposals get
  // the calendar shortcuts for the offered (or, for a room or phone, suggested) times.
  const slots: Slot[] =
    draft.proposal === 'link'
      ? []
      : draft.slots.length > 0
        ? draft.slots
        : pickSlots(now, { timeZone: call.timeZone, workingHours: call.workingHours, workingDays: call.workingDays, callMinutes: call.callMinutes });
  return {
    text: draft.text,
    proposal: draft.proposal,
    offeredTimes: draft.slots.length > 0 ? formatSlots(draft.slots, call.timeZone) : '',
    slots: slots.map((slot) => offeredSlot(slot, request, call, draft.proposal, now)),
    icsFileName: icsFileName(request.participantName.trim()),
  };
}
