// The user's settings: their shape, their defaults, and the rules a value must meet. Pure, so the
// options page, the background worker and the tests agree on what a valid setting is.

import { PATTERNS, type Pattern, type Sensitivity } from '../detect/types';

export type DisplayMode = 'label' | 'dim' | 'collapse';

/** What the "Suggest a call" draft offers: a scheduling link, concrete slots, a video room or a phone number. */
export type ProposalKind = 'link' | 'slots' | 'room' | 'phone';

export type CallMinutes = 15 | 30 | 45;

/** 0 = Sunday … 6 = Saturday, as `Date#getDay`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface WorkingHours {
  /** 'HH:MM', 24-hour clock, in the user's time zone. */
  start: string;
  /** 'HH:MM' after `start`; '24:00' means midnight at the end of the day. */
  end: string;
}

export interface CallSettings {
  /** Calendly, Cal.com or any https URL; '' when not set. */
  schedulingLink: string;
  /** Zoom, Meet, Teams, Webex or any https URL; '' when not set. */
  videoRoomLink: string;
  /** As the user writes it, e.g. '+49 30 1234567'; '' when not set. */
  phoneNumber: string;
  callMinutes: CallMinutes;
  workingHours: WorkingHours;
  workingDays: Weekday[];
  /** IANA name such as 'Europe/Berlin'; '' means the browser's own zone. */
  timeZone: string;
  /** The draft's wording, with `{first_name}` and `{proposal}`. */
  draftTemplate: string;
  /**
   * Preference order. The draft uses the first kind that is available: 'link', 'room' and 'phone' need
   * their setting filled in, 'slots' always is. The default puts the scheduling link first and slots
   * second, so with nothing set the draft offers slots, and setting a link makes it offer the link.
   */
  proposalOrder: ProposalKind[];
}

export interface Settings {
  sensitivity: Sensitivity;
  patterns: Record<Pattern, boolean>;
  display: DisplayMode;
  /** Minutes of feed scrolling before the nudge; 0 turns the nudge off. */
  feedNudgeMinutes: number;
  /** Raw events older than this are pruned; daily rollups are kept for a year regardless. */
  retentionWeeks: number;
  weeklyNotification: boolean;
  call: CallSettings;
}

/** One per kind of check, so that a page can show the error in the user's language. */
export type SettingsErrorCode =
  | 'missing'
  | 'not-an-object'
  | 'not-a-group'
  | 'not-one-of'
  | 'not-on-off'
  | 'out-of-range'
  | 'not-text'
  | 'needs-https-prefix'
  | 'not-a-web-address'
  | 'not-https-url'
  | 'bad-phone-number'
  | 'bad-clock-time'
  | 'bad-working-days'
  | 'no-working-day'
  | 'unknown-time-zone'
  | 'empty-template'
  | 'template-too-long'
  | 'unknown-placeholder'
  | 'no-proposal-placeholder'
  | 'bad-proposal-order'
  | 'repeated-proposal'
  | 'end-before-start'
  | 'shorter-than-call';

export interface SettingsError {
  /** Dotted path of the offending field, e.g. 'call.workingHours.end'. */
  field: string;
  code: SettingsErrorCode;
  /** The values the message is built from, in the order of the locale message's $1, $2, ... */
  params: string[];
  /** English text, for logs, tests and pages that lack a translation. */
  message: string;
}

export type SettingsValidation = { ok: true; settings: Settings } | { ok: false; errors: SettingsError[] };

export const SENSITIVITIES: readonly Sensitivity[] = ['relaxed', 'balanced', 'strict'];
export const DISPLAY_MODES: readonly DisplayMode[] = ['label', 'dim', 'collapse'];
export const PROPOSAL_KINDS: readonly ProposalKind[] = ['link', 'slots', 'room', 'phone'];
export const CALL_MINUTES: readonly CallMinutes[] = [15, 30, 45];
export const TEMPLATE_PLACEHOLDERS = ['first_name', 'proposal'] as const;

export const FEED_NUDGE_MINUTES_MAX = 240;
export const RETENTION_WEEKS_MAX = 52;
export const DRAFT_TEMPLATE_MAX_LENGTH = 1000;

export const DEFAULT_DRAFT_TEMPLATE = 'Hi {first_name}, shall we pick this up on a quick call instead? {proposal}';

export const DEFAULT_SETTINGS: Settings = {
  sensitivity: 'balanced',
  patterns: { templated: true, 'tag-hijack': true, 'engagement-bait': true, 'pod-comment': true },
  display: 'label',
  feedNudgeMinutes: 10,
  retentionWeeks: 26,
  weeklyNotification: false,
  call: {
    schedulingLink: '',
    videoRoomLink: '',
    phoneNumber: '',
    callMinutes: 30,
    workingHours: { start: '09:00', end: '17:00' },
    workingDays: [1, 2, 3, 4, 5],
    timeZone: '',
    draftTemplate: DEFAULT_DRAFT_TEMPLATE,
    proposalOrder: ['link', 'slots', 'room', 'phone'],
  },
};

type Problem = Pick<SettingsError, 'code' | 'params' | 'message'>;
type Check<T> = { ok: true; value: T } | ({ ok: false } & Problem);

const pass = <T>(value: T): Check<T> => ({ ok: true, value });
const fail = <T>(code: SettingsErrorCode, params: string[], message: string): Check<T> => ({ ok: false, code, params, message });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const show = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value));

function oneOf<T extends string | number>(allowed: readonly T[], label: string): (value: unknown) => Check<T> {
  return (value) =>
    (allowed as readonly unknown[]).includes(value)
      ? pass(value as T)
      : fail('not-one-of', [label, allowed.join(', '), show(value)], `${label} must be one of ${allowed.join(', ')} (got ${show(value)}).`);
}

function boolean(label: string): (value: unknown) => Check<boolean> {
  return (value) => (typeof value === 'boolean' ? pass(value) : fail('not-on-off', [label, show(value)], `${label} must be on or off (got ${show(value)}).`));
}

function wholeNumber(label: string, min: number, max: number): (value: unknown) => Check<number> {
  return (value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? pass(value)
      : fail('out-of-range', [label, String(min), String(max), show(value)], `${label} must be a whole number from ${min} to ${max} (got ${show(value)}).`);
}

function webLink(label: string): (value: unknown) => Check<string> {
  return (value) => {
    if (typeof value !== 'string') return fail('not-text', [label, show(value)], `${label} must be text (got ${show(value)}).`);
    const link = value.trim();
    if (link === '') return pass('');
    let url: URL;
    try {
      url = new URL(link);
    } catch {
      return /^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(link)
        ? fail('needs-https-prefix', [label, link], `${label} needs "https://" in front: https://${link}`)
        : fail('not-a-web-address', [label, show(link)], `${label} is not a valid web address: ${show(link)}.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      return fail('not-https-url', [label, show(link)], `${label} must start with https:// (got ${show(link)}).`);
    }
    return pass(link);
  };
}

function phoneNumber(value: unknown): Check<string> {
  if (typeof value !== 'string') return fail('not-text', ['Phone number', show(value)], `Phone number must be text (got ${show(value)}).`);
  const phone = value.trim();
  if (phone === '') return pass('');
  const digits = phone.replace(/\D/g, '').length;
  // E.164 allows at most 15 digits; fewer than 6 cannot be a reachable number from abroad.
  if (!/^\+?[\d\s().\-/]+$/.test(phone) || digits < 6 || digits > 15) {
    return fail('bad-phone-number', [show(phone)], `Phone number may hold only digits, spaces, + ( ) - . / and 6 to 15 digits (got ${show(phone)}).`);
  }
  return pass(phone);
}

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of an 'HH:MM' string that has already been checked. */
export function clockMinutes(clock: string): number {
  if (clock === '24:00') return 24 * 60;
  const [hours = 0, minutes = 0] = clock.split(':').map(Number);
  return hours * 60 + minutes;
}

function clockTime(label: string, allowMidnightEnd: boolean): (value: unknown) => Check<string> {
  return (value) =>
    typeof value === 'string' && (CLOCK.test(value) || (allowMidnightEnd && value === '24:00'))
      ? pass(value)
      : fail('bad-clock-time', [label, show(value)], `${label} must be a time written HH:MM, such as 09:00 (got ${show(value)}).`);
}

function workingDays(value: unknown): Check<Weekday[]> {
  if (!Array.isArray(value) || !value.every((day) => Number.isInteger(day) && day >= 0 && day <= 6)) {
    return fail('bad-working-days', [show(value)], `Working days must be a list of weekdays 0 (Sunday) to 6 (Saturday) (got ${show(value)}).`);
  }
  if (value.length === 0) return fail('no-working-day', [], 'Pick at least one working day.');
  return pass([...new Set(value as Weekday[])].sort((a, b) => a - b));
}

export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

function timeZone(value: unknown): Check<string> {
  if (typeof value !== 'string') return fail('not-text', ['Time zone', show(value)], `Time zone must be text (got ${show(value)}).`);
  const zone = value.trim();
  if (zone === '' || isKnownTimeZone(zone)) return pass(zone);
  return fail('unknown-time-zone', [show(zone)], `Time zone ${show(zone)} is not known to this browser; use a name such as "Europe/Berlin", or leave it empty for the browser's own.`);
}

function draftTemplate(value: unknown): Check<string> {
  if (typeof value !== 'string') return fail('not-text', ['Draft template', show(value)], `Draft template must be text (got ${show(value)}).`);
  if (value.trim() === '') return fail('empty-template', [], 'Draft template is empty; it needs at least {proposal}.');
  if (value.length > DRAFT_TEMPLATE_MAX_LENGTH) {
    return fail('template-too-long', [String(value.length), String(DRAFT_TEMPLATE_MAX_LENGTH)], `Draft template is ${value.length} characters long; keep it under ${DRAFT_TEMPLATE_MAX_LENGTH}.`);
  }
  const unknown = [...value.matchAll(/\{([^{}]*)\}/g)]
    .map((match) => match[1] ?? '')
    .filter((name) => !(TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name));
  if (unknown.length > 0) {
    return fail('unknown-placeholder', [`{${unknown[0]}}`], `Draft template has an unknown placeholder {${unknown[0]}}; use {first_name} and {proposal}.`);
  }
  if (!value.includes('{proposal}')) {
    return fail('no-proposal-placeholder', [], 'Draft template must contain {proposal}, where the link, times, room or number go.');
  }
  return pass(value);
}

function proposalOrder(value: unknown): Check<ProposalKind[]> {
  const kinds = PROPOSAL_KINDS as readonly unknown[];
  if (!Array.isArray(value) || value.length === 0 || !value.every((kind) => kinds.includes(kind))) {
    return fail('bad-proposal-order', [PROPOSAL_KINDS.join(', '), show(value)], `Proposal order must list some of ${PROPOSAL_KINDS.join(', ')} (got ${show(value)}).`);
  }
  if (new Set(value).size !== value.length) return fail('repeated-proposal', [show(value)], `Proposal order lists a choice twice (got ${show(value)}).`);
  return pass(value as ProposalKind[]);
}

interface Collector {
  /** Returns the field's value, recording an error when it is absent or invalid. */
  take<T>(path: string, value: unknown, check: (value: unknown) => Check<T>, fallback: T): T;
  errors: SettingsError[];
}

function strictCollector(): Collector {
  const errors: SettingsError[] = [];
  return {
    errors,
    take(path, value, check, fallback) {
      if (value === undefined) {
        errors.push({ field: path, code: 'missing', params: [path], message: `${path} is missing.` });
        return fallback;
      }
      const result = check(value);
      if (result.ok) return result.value;
      errors.push({ field: path, code: result.code, params: result.params, message: result.message });
      return fallback;
    },
  };
}

/** Stored data is never rejected: what is missing or no longer valid takes the default, field by field. */
function lenientCollector(): Collector {
  return {
    errors: [],
    take(_path, value, check, fallback) {
      const result = value === undefined ? undefined : check(value);
      return result?.ok ? result.value : fallback;
    },
  };
}

function readSettings(input: Record<string, unknown>, collector: Collector): Settings {
  const d = DEFAULT_SETTINGS;
  const { take } = collector;
  const settings: Settings = {
    sensitivity: take('sensitivity', input.sensitivity, oneOf(SENSITIVITIES, 'Sensitivity'), d.sensitivity),
    patterns: readPatterns(input.patterns, collector),
    display: take('display', input.display, oneOf(DISPLAY_MODES, 'Display'), d.display),
    feedNudgeMinutes: take('feedNudgeMinutes', input.feedNudgeMinutes, wholeNumber('Feed nudge minutes', 0, FEED_NUDGE_MINUTES_MAX), d.feedNudgeMinutes),
    retentionWeeks: take('retentionWeeks', input.retentionWeeks, wholeNumber('Retention', 1, RETENTION_WEEKS_MAX), d.retentionWeeks),
    weeklyNotification: take('weeklyNotification', input.weeklyNotification, boolean('Weekly notification'), d.weeklyNotification),
    call: isRecord(input.call)
      ? readCallSettings(input.call, collector)
      : take('call', input.call, () => fail('not-a-group', ['Call settings'], 'Call settings must be a set of fields.'), d.call),
  };
  // A copy, so that a caller editing its settings can never change the shared defaults.
  return structuredClone(settings);
}

function readPatterns(value: unknown, collector: Collector): Record<Pattern, boolean> {
  const d = DEFAULT_SETTINGS.patterns;
  if (!isRecord(value)) return collector.take('patterns', value, () => fail('not-a-group', ['Patterns'], 'Patterns must be a set of on/off switches.'), d);
  const read = (pattern: Pattern) => collector.take(`patterns.${pattern}`, value[pattern], boolean(`Pattern "${pattern}"`), d[pattern]);
  return Object.fromEntries(PATTERNS.map((pattern) => [pattern, read(pattern)])) as Record<Pattern, boolean>;
}

function readCallSettings(input: Record<string, unknown>, collector: Collector): CallSettings {
  const d = DEFAULT_SETTINGS.call;
  const { take } = collector;
  const callMinutes = take('call.callMinutes', input.callMinutes, oneOf(CALL_MINUTES, 'Call length'), d.callMinutes);
  return {
    schedulingLink: take('call.schedulingLink', input.schedulingLink, webLink('Scheduling link'), d.schedulingLink),
    videoRoomLink: take('call.videoRoomLink', input.videoRoomLink, webLink('Video room link'), d.videoRoomLink),
    phoneNumber: take('call.phoneNumber', input.phoneNumber, phoneNumber, d.phoneNumber),
    callMinutes,
    workingHours: readWorkingHours(input.workingHours, callMinutes, collector),
    workingDays: take('call.workingDays', input.workingDays, workingDays, d.workingDays),
    timeZone: take('call.timeZone', input.timeZone, timeZone, d.timeZone),
    draftTemplate: take('call.draftTemplate', input.draftTemplate, draftTemplate, d.draftTemplate),
    proposalOrder: take('call.proposalOrder', input.proposalOrder, proposalOrder, d.proposalOrder),
  };
}

function workingSpan(start: string, end: string, callMinutes: CallMinutes): Check<WorkingHours> {
  const length = clockMinutes(end) - clockMinutes(start);
  if (length <= 0) return fail('end-before-start', [end, start], `End of working hours (${end}) must be after the start (${start}).`);
  if (length < callMinutes) return fail('shorter-than-call', [start, end, String(callMinutes)], `Working hours ${start}–${end} are shorter than one ${callMinutes}-minute call.`);
  return pass({ start, end });
}

function readWorkingHours(value: unknown, callMinutes: CallMinutes, collector: Collector): WorkingHours {
  const d = DEFAULT_SETTINGS.call.workingHours;
  if (!isRecord(value)) return collector.take('call.workingHours', value, () => fail('not-a-group', ['Working hours'], 'Working hours must have a start and an end.'), d);
  const start = collector.take('call.workingHours.start', value.start, clockTime('Start of working hours', false), null);
  const end = collector.take('call.workingHours.end', value.end, clockTime('End of working hours', true), null);
  if (start === null || end === null) return d;
  return collector.take('call.workingHours.end', value, () => workingSpan(start, end, callMinutes), d);
}

/** Checks settings entered by the user; every bad value is reported with a message, nothing is reset. */
export function validateSettings(input: unknown): SettingsValidation {
  if (!isRecord(input)) return { ok: false, errors: [{ field: '', code: 'not-an-object', params: [], message: 'Settings must be an object.' }] };
  const collector = strictCollector();
  const settings = readSettings(input, collector);
  return collector.errors.length === 0 ? { ok: true, settings } : { ok: false, errors: collector.errors };
}

/**
 * Reads stored settings, possibly written by an older version: every missing or no-longer-valid field
 * takes its default, the rest is kept. Never throws.
 */
export function mergeSettings(stored: unknown): Settings {
  return readSettings(isRecord(stored) ? stored : {}, lenientCollector());
}
