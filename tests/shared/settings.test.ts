import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, mergeSettings, validateSettings, type Settings } from '../../src/shared/settings';

type Edit = (settings: Settings) => void;

function edited(edit: Edit): Settings {
  const settings = structuredClone(DEFAULT_SETTINGS);
  edit(settings);
  return settings;
}

describe('validateSettings', () => {
  it('accepts the defaults', () => {
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it.each<[string, Edit]>([
    ['a Calendly link', (s) => (s.call.schedulingLink = 'https://calendly.com/ana-ruiz/30min')],
    ['a Meet room', (s) => (s.call.videoRoomLink = 'https://meet.google.com/abc-defg-hij')],
    ['an international phone number', (s) => (s.call.phoneNumber = '+49 (30) 123-4567')],
    ['a known time zone', (s) => (s.call.timeZone = 'Asia/Kolkata')],
    ['working hours ending at midnight', (s) => (s.call.workingHours = { start: '20:00', end: '24:00' })],
    ['a 45-minute call', (s) => (s.call.callMinutes = 45)],
    ['a weekend-only worker', (s) => (s.call.workingDays = [0, 6])],
    ['the nudge turned off', (s) => (s.feedNudgeMinutes = 0)],
    ['a partial proposal order', (s) => (s.call.proposalOrder = ['phone', 'slots'])],
    ['a template without a first name', (s) => (s.call.draftTemplate = 'Hello! {proposal}')],
    ['strict sensitivity, collapse, one pattern off', (s) => {
      s.sensitivity = 'strict';
      s.display = 'collapse';
      s.patterns['pod-comment'] = false;
    }],
  ])('accepts %s', (_name, edit) => {
    const settings = edited(edit);
    expect(validateSettings(settings)).toEqual({ ok: true, settings });
  });

  it.each<[string, Edit, string, RegExp]>([
    ['a link without a scheme', (s) => (s.call.schedulingLink = 'calendly.com/ana'), 'call.schedulingLink', /https:\/\/calendly\.com\/ana/],
    ['a link that is not a URL', (s) => (s.call.videoRoomLink = 'my zoom room'), 'call.videoRoomLink', /not a valid web address/],
    ['a javascript: link', (s) => (s.call.videoRoomLink = 'javascript:alert(1)'), 'call.videoRoomLink', /https:\/\//],
    ['letters in the phone number', (s) => (s.call.phoneNumber = 'call me maybe'), 'call.phoneNumber', /digits/],
    ['too short a phone number', (s) => (s.call.phoneNumber = '123'), 'call.phoneNumber', /6 to 15 digits/],
    ['an unknown time zone', (s) => (s.call.timeZone = 'Europe/Berln'), 'call.timeZone', /not known/],
    ['end before start', (s) => (s.call.workingHours = { start: '17:00', end: '09:00' }), 'call.workingHours.end', /after the start/],
    ['a badly written time', (s) => (s.call.workingHours.start = '9am'), 'call.workingHours.start', /HH:MM/],
    ['hours shorter than one call', (s) => (s.call.workingHours = { start: '09:00', end: '09:15' }), 'call.workingHours.end', /shorter than one 30-minute call/],
    ['no working day', (s) => (s.call.workingDays = []), 'call.workingDays', /at least one/],
    ['a weekday out of range', (s) => (s.call.workingDays = [1, 7] as Settings['call']['workingDays']), 'call.workingDays', /0 \(Sunday\) to 6/],
    ['a 20-minute call', (s) => ((s.call as { callMinutes: number }).callMinutes = 20), 'call.callMinutes', /15, 30, 45/],
    ['a template without {proposal}', (s) => (s.call.draftTemplate = 'Hi {first_name}!'), 'call.draftTemplate', /must contain \{proposal\}/],
    ['a misspelt placeholder', (s) => (s.call.draftTemplate = 'Hi {firstname} {proposal}'), 'call.draftTemplate', /unknown placeholder \{firstname\}/],
    ['an empty template', (s) => (s.call.draftTemplate = '  '), 'call.draftTemplate', /empty/],
    ['an empty proposal order', (s) => (s.call.proposalOrder = []), 'call.proposalOrder', /must list/],
    ['a repeated proposal', (s) => (s.call.proposalOrder = ['slots', 'slots']), 'call.proposalOrder', /twice/],
    ['an unknown sensitivity', (s) => ((s as { sensitivity: string }).sensitivity = 'paranoid'), 'sensitivity', /relaxed, balanced, strict/],
    ['an unknown display', (s) => ((s as { display: string }).display = 'hide'), 'display', /label, dim, collapse/],
    ['a fractional nudge', (s) => (s.feedNudgeMinutes = 2.5), 'feedNudgeMinutes', /whole number/],
    ['a retention of 0 weeks', (s) => (s.retentionWeeks = 0), 'retentionWeeks', /from 1 to 52/],
    ['a pattern switch that is not on/off', (s) => ((s.patterns as Record<string, unknown>).templated = 'yes'), 'patterns.templated', /on or off/],
    ['a missing field', (s) => delete (s as Partial<Settings>).weeklyNotification, 'weeklyNotification', /missing/],
  ])('rejects %s with a clear message', (_name, edit, field, message) => {
    const result = validateSettings(edited(edit));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.field).toBe(field);
    expect(result.errors[0]?.message).toMatch(message);
  });

  it('reports every bad field at once', () => {
    const result = validateSettings(
      edited((s) => {
        s.call.schedulingLink = 'nope nope';
        s.call.timeZone = 'Mars/Olympus';
        s.retentionWeeks = -1;
      }),
    );
    expect(result.ok ? [] : result.errors.map((error) => error.field)).toEqual(['retentionWeeks', 'call.schedulingLink', 'call.timeZone']);
  });

  it.each([null, 'settings', 42, [DEFAULT_SETTINGS]])('rejects a non-object %j', (input) => {
    expect(validateSettings(input)).toEqual({ ok: false, errors: [{ field: '', code: 'not-an-object', params: [], message: 'Settings must be an object.' }] });
  });

  it('gives each error a stable code and the values its message is built from', () => {
    const result = validateSettings(
      edited((s) => {
        s.feedNudgeMinutes = 999;
        s.call.schedulingLink = 'ftp://cal.example/ana';
        s.call.workingHours = { start: '10:00', end: '09:00' };
        s.call.timeZone = 'Mars/Olympus';
      }),
    );
    expect(result.ok ? [] : result.errors.map(({ field, code, params }) => ({ field, code, params }))).toEqual([
      { field: 'feedNudgeMinutes', code: 'out-of-range', params: ['Feed nudge minutes', '0', '240', '999'] },
      { field: 'call.schedulingLink', code: 'not-https-url', params: ['Scheduling link', '"ftp://cal.example/ana"'] },
      { field: 'call.workingHours.end', code: 'end-before-start', params: ['09:00', '10:00'] },
      { field: 'call.timeZone', code: 'unknown-time-zone', params: ['"Mars/Olympus"'] },
    ]);
  });
});

describe('mergeSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(mergeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(mergeSettings({})).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps what an older version stored and fills in the rest', () => {
    const olderVersion = { sensitivity: 'strict', patterns: { templated: false }, call: { schedulingLink: 'https://cal.com/ana', callMinutes: 15 } };
    const merged = mergeSettings(olderVersion);
    expect(merged.sensitivity).toBe('strict');
    expect(merged.patterns).toEqual({ ...DEFAULT_SETTINGS.patterns, templated: false });
    expect(merged.call.schedulingLink).toBe('https://cal.com/ana');
    expect(merged.call.callMinutes).toBe(15);
    expect(merged.call.workingHours).toEqual(DEFAULT_SETTINGS.call.workingHours);
    expect(merged.call.draftTemplate).toBe(DEFAULT_SETTINGS.call.draftTemplate);
    expect(validateSettings(merged).ok).toBe(true);
  });

  it('replaces stored values that are no longer valid, field by field, and drops unknown fields', () => {
    const merged = mergeSettings({ display: 'hide', retentionWeeks: 12, call: { timeZone: 'Nowhere/Land', workingHours: { start: '18:00', end: '08:00' } }, legacy: 1 });
    expect(merged.display).toBe('label');
    expect(merged.retentionWeeks).toBe(12);
    expect(merged.call.timeZone).toBe('');
    expect(merged.call.workingHours).toEqual({ start: '09:00', end: '17:00' });
    expect(merged).not.toHaveProperty('legacy');
  });

  it('returns a copy that cannot change the defaults', () => {
    const merged = mergeSettings({});
    merged.call.workingDays.push(6);
    merged.patterns.templated = false;
    expect(DEFAULT_SETTINGS.call.workingDays).toEqual([1, 2, 3, 4, 5]);
    expect(DEFAULT_SETTINGS.patterns.templated).toBe(true);
  });
});
