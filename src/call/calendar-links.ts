// "Add to calendar" links the user clicks: they open Google Calendar or Outlook with the call prefilled.
// The extension only builds these URLs; it never requests them.

import type { CalendarEvent } from './calendar-event';

export type OutlookAccount = 'personal' | 'work';

const OUTLOOK_HOSTS: Record<OutlookAccount, string> = {
  personal: 'https://outlook.live.com',
  work: 'https://outlook.office.com',
};

/** 20261124T120000Z, the basic ISO form both Google Calendar and iCalendar use. */
export function utcStamp(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** 2026-11-24T12:00:00Z */
const isoSeconds = (instant: Date): string => instant.toISOString().replace(/\.\d{3}Z$/, 'Z');

// encodeURIComponent rather than URLSearchParams: Outlook shows a form-encoded "+" literally instead of
// reading it as a space, while %20 works everywhere.
function query(params: [string, string | undefined][]): string {
  return params
    .filter((param): param is [string, string] => param[1] !== undefined && param[1] !== '')
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join('&');
}

export function googleCalendarUrl(event: CalendarEvent): string {
  return `https://calendar.google.com/calendar/render?${query([
    ['action', 'TEMPLATE'],
    ['text', event.title],
    ['dates', `${utcStamp(event.start)}/${utcStamp(event.end)}`],
    ['details', event.details],
    ['location', event.location],
  ])}`;
}

/** Outlook on the web; 'work' opens a Microsoft 365 (work or school) calendar instead of outlook.com. */
export function outlookCalendarUrl(event: CalendarEvent, account: OutlookAccount = 'personal'): string {
  return `${OUTLOOK_HOSTS[account]}/calendar/0/deeplink/compose?${query([
    ['path', '/calendar/action/compose'],
    ['rru', 'addevent'],
    ['subject', event.title],
    ['startdt', isoSeconds(event.start)],
    ['enddt', isoSeconds(event.end)],
    ['body', event.details],
    ['location', event.location],
  ])}`;
}
