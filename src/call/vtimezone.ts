// A VTIMEZONE component (RFC 5545 §3.6.5) for an IANA zone, derived from Intl: the platform knows when
// each zone changes its clocks, so the offsets and the yearly rule are read from it rather than from a
// bundled table.

import { shortZoneName } from './zone-name';
import { offsetMinutesAt } from '../shared/zoned-time';

interface Transition {
  /** UTC instant at which the new offset starts. */
  at: number;
  /** Offsets in minutes east of UTC. */
  from: number;
  to: number;
}

interface YearlyRule {
  month: number;
  weekday: number;
  /** 1–4 for "the nth weekday", -1 for "the last one". */
  week: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** Every offset change in a calendar year, to the minute. */
function transitionsIn(year: number, timeZone: string): Transition[] {
  const transitions: Transition[] = [];
  const yearEnd = Date.UTC(year + 1, 0, 1);
  let before = Date.UTC(year, 0, 1);
  let offset = offsetMinutesAt(before, timeZone);
  // Zones change at most a few times a year and never twice within a day, so a daily scan finds every
  // change and a binary search pins it down.
  for (let after = before + DAY_MS; after <= yearEnd; after += DAY_MS) {
    const next = offsetMinutesAt(after, timeZone);
    if (next !== offset) {
      let low = before;
      let high = after;
      while (high - low > MINUTE_MS) {
        const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
        if (offsetMinutesAt(middle, timeZone) === offset) low = middle;
        else high = middle;
      }
      transitions.push({ at: high, from: offset, to: next });
      offset = next;
    }
    before = after;
  }
  return transitions;
}

/** The wall clock just before the change, as a UTC-based Date, which is how VTIMEZONE writes an onset. */
const localOnset = (transition: Transition): Date => new Date(transition.at + transition.from * MINUTE_MS);

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

function localStamp(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`;
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const magnitude = Math.abs(minutes);
  return `${sign}${pad(Math.floor(magnitude / 60))}${pad(magnitude % 60)}`;
}

function candidateRules(onset: Date): YearlyRule[] {
  const year = onset.getUTCFullYear();
  const month = onset.getUTCMonth();
  const day = onset.getUTCDate();
  const daysInMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const rule = { month: month + 1, weekday: onset.getUTCDay() };
  const rules: YearlyRule[] = [];
  if (day + 7 > daysInMonth) rules.push({ ...rule, week: -1 });
  if (day <= 28) rules.push({ ...rule, week: Math.ceil(day / 7) });
  return rules;
}

/** The day of the month a rule gives in a year. */
function ruleDay(rule: YearlyRule, year: number): number {
  if (rule.week > 0) {
    const firstWeekday = new Date(Date.UTC(year, rule.month - 1, 1)).getUTCDay();
    return 1 + ((rule.weekday - firstWeekday + 7) % 7) + (rule.week - 1) * 7;
  }
  const daysInMonth = new Date(Date.UTC(year, rule.month, 0)).getUTCDate();
  const lastWeekday = new Date(Date.UTC(year, rule.month - 1, daysInMonth)).getUTCDay();
  return daysInMonth - ((lastWeekday - rule.weekday + 7) % 7);
}

function ruleMatches(rule: YearlyRule, template: Transition, actual: Transition | undefined): boolean {
  if (!actual || actual.from !== template.from || actual.to !== template.to) return false;
  const onset = localOnset(actual);
  const expected = localOnset(template);
  return (
    onset.getUTCMonth() + 1 === rule.month &&
    onset.getUTCDate() === ruleDay(rule, onset.getUTCFullYear()) &&
    onset.getUTCHours() === expected.getUTCHours() &&
    onset.getUTCMinutes() === expected.getUTCMinutes()
  );
}

function observance(kind: 'STANDARD' | 'DAYLIGHT', from: number, to: number, name: string, onset: string, rule?: YearlyRule): string[] {
  return [
    `BEGIN:${kind}`,
    `TZOFFSETFROM:${offsetText(from)}`,
    `TZOFFSETTO:${offsetText(to)}`,
    `TZNAME:${name}`,
    `DTSTART:${onset}`,
    ...(rule ? [`RRULE:FREQ=YEARLY;BYMONTH=${rule.month};BYDAY=${rule.week}${WEEKDAY_CODES[rule.weekday]}`] : []),
    `END:${kind}`,
  ];
}

const nameAt = (instant: number, timeZone: string): string => shortZoneName(new Date(instant), timeZone, 'en');

/**
 * The unfolded, unescaped lines of a VTIMEZONE valid for events in `year`. A zone with a regular yearly
 * change gets STANDARD and DAYLIGHT with a yearly RRULE, checked against the years either side; an
 * irregular one gets each change of the three years written out; a zone without changes gets one
 * STANDARD observance.
 */
export function vtimezoneLines(timeZone: string, year: number): string[] {
  const key = `${timeZone} ${year}`;
  const known = derived.get(key);
  if (known) return [...known];
  const lines = deriveVtimezone(timeZone, year);
  derived.set(key, lines);
  return [...lines];
}

// Deriving scans three years of offsets (about 20 ms); a zone's rules do not change while the page is open.
const derived = new Map<string, string[]>();

function deriveVtimezone(timeZone: string, year: number): string[] {
  const years = [year - 1, year, year + 1].map((y) => transitionsIn(y, timeZone));
  const [previous = [], current = [], next = []] = years;
  const header = [`BEGIN:VTIMEZONE`, `TZID:${timeZone}`];
  const footer = ['END:VTIMEZONE'];

  if (years.every((transitions) => transitions.length === 0)) {
    const at = Date.UTC(year, 0, 1);
    const offset = offsetMinutesAt(at, timeZone);
    return [...header, ...observance('STANDARD', offset, offset, nameAt(at, timeZone), '19700101T000000'), ...footer];
  }

  const regular = years.every((transitions) => transitions.length === 2) && current.length === 2;
  if (regular) {
    const ruled = current.map((transition, index) => {
      const rule = candidateRules(localOnset(transition)).find(
        (candidate) => ruleMatches(candidate, transition, previous[index]) && ruleMatches(candidate, transition, next[index]),
      );
      return { transition: previous[index] ?? transition, rule };
    });
    if (ruled.every((entry) => entry.rule !== undefined)) {
      return [
        ...header,
        ...ruled.flatMap(({ transition, rule }) =>
          observance(transition.to > transition.from ? 'DAYLIGHT' : 'STANDARD', transition.from, transition.to, nameAt(transition.at, timeZone), localStamp(localOnset(transition)), rule),
        ),
        ...footer,
      ];
    }
  }

  const all = years.flat();
  const firstAt = Date.UTC(year - 1, 0, 1);
  const firstOffset = offsetMinutesAt(firstAt, timeZone);
  const returnsLater = (transition: Transition) => all.some((other) => other.from === transition.to && other.to === transition.from);
  return [
    ...header,
    ...observance('STANDARD', firstOffset, firstOffset, nameAt(firstAt, timeZone), '19700101T000000'),
    ...all.flatMap((transition) =>
      observance(
        transition.to > transition.from && returnsLater(transition) ? 'DAYLIGHT' : 'STANDARD',
        transition.from,
        transition.to,
        nameAt(transition.at, timeZone),
        localStamp(localOnset(transition)),
      ),
    ),
    ...footer,
  ];
}
