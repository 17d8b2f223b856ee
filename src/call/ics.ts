// The .ics file for a proposed call: one VEVENT in the user's zone with its VTIMEZONE, valid RFC 5545.

import { isKnownTimeZone } from '../shared/settings';
import type { CalendarEvent } from './calendar-event';
import { utcStamp } from './calendar-links';
import { CRLF, escapeText, foldLine } from './ics-text';
import { vtimezoneLines } from './vtimezone';
import { resolveTimeZone, wallClockAt } from '../shared/zoned-time';

export interface IcsEvent extends CalendarEvent {
  /** Globally unique and stable for this call, so re-importing updates rather than duplicates it. */
  uid: string;
  /** IANA zone the times are shown in; '' means the platform's own. */
  timeZone: string;
  /** When the file is made (DTSTAMP). */
  now: Date;
}

export const ICS_PRODID = '-//Not So Social//Schedule a call//EN';

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

function localStamp(instant: Date, timeZone: string): string {
  const wall = wallClockAt(instant.getTime(), timeZone);
  return `${pad(wall.year, 4)}${pad(wall.month)}${pad(wall.day)}T${pad(wall.hour)}${pad(wall.minute)}${pad(wall.second)}`;
}

/** A parameter value needs quotes when it holds a character that would end it. */
const parameterValue = (value: string): string => (/[;:,]/.test(value) ? `"${value.replace(/"/g, '')}"` : value);

export function buildIcs(event: IcsEvent): string {
  const resolved = resolveTimeZone(event.timeZone);
  // A zone the platform does not know cannot be described; UTC times are still exact.
  const timeZone = isKnownTimeZone(resolved) ? resolved : null;
  const when = (name: 'DTSTART' | 'DTEND', instant: Date): string =>
    timeZone === null ? `${name}:${utcStamp(instant)}` : `${name};TZID=${parameterValue(timeZone)}:${localStamp(instant, timeZone)}`;

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICS_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(timeZone === null ? [] : vtimezoneLines(timeZone, wallClockAt(event.start.getTime(), timeZone).year)),
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcStamp(event.now)}`,
    when('DTSTART', event.start),
    when('DTEND', event.end),
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(event.details)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
