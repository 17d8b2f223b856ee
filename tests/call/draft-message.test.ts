import { describe, expect, it } from 'vitest';
import { chooseProposal, draftCallMessage, fillTemplate } from '../../src/call/draft-message';
import { formatSlots } from '../../src/call/pick-slots';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';

const now = new Date('2026-11-23T10:00:00Z'); // Monday 11:00 in Berlin

function settingsWith(call: Partial<Settings['call']>): Settings {
  const settings = structuredClone(DEFAULT_SETTINGS);
  settings.call = { ...settings.call, timeZone: 'Europe/Berlin', ...call };
  return settings;
}

describe('draftCallMessage', () => {
  it('with nothing set up, offers three slots in the user zone, by first name', () => {
    const draft = draftCallMessage({ participantName: 'Dr. Ana Ruiz 🚀', settings: settingsWith({}), now });
    expect(draft.proposal).toBe('slots');
    expect(draft.slots).toHaveLength(3);
    expect(draft.text).toBe('Hi Ana, shall we pick this up on a quick call instead? Would Tue 13:00, Wed 10:00 or Wed 15:30 (CET) work for 30 minutes?');
    expect(draft.text).toContain(formatSlots(draft.slots, 'Europe/Berlin'));
  });

  it.each<[string, Partial<Settings['call']>, Settings['call']['proposalOrder'][number], string]>([
    ['a scheduling link comes first by default', { schedulingLink: 'https://cal.com/me', videoRoomLink: 'https://zoom.us/j/1' }, 'link', 'Pick any time that suits you here: https://cal.com/me'],
    ['a video room when it is preferred', { videoRoomLink: 'https://meet.google.com/abc-defg-hij', proposalOrder: ['room', 'slots'] }, 'room', 'we can meet here: https://meet.google.com/abc-defg-hij'],
    ['a phone number when it is preferred', { phoneNumber: '+49 30 1234567', proposalOrder: ['phone', 'link'] }, 'phone', 'call me on +49 30 1234567.'],
    ['slots when the preferred room is not set', { proposalOrder: ['room', 'phone'] }, 'slots', 'Would Tue 13:00'],
    ['the call length from settings', { callMinutes: 15 }, 'slots', 'work for 15 minutes?'],
    ['an open question when the hours hold no half-hour slot', { workingHours: { start: '09:10', end: '09:40' } }, 'slots', 'When would suit you for 30 minutes?'],
  ])('%s', (_name, call, proposal, fragment) => {
    const draft = draftCallMessage({ participantName: 'Ana Ruiz', settings: settingsWith(call), now });
    expect(draft.proposal).toBe(proposal);
    expect(draft.text).toContain(fragment);
    expect(draft.slots.length > 0).toBe(proposal === 'slots' && !draft.text.includes('When would'));
  });

  it('uses the user template and the locale for the times', () => {
    const settings = settingsWith({ draftTemplate: 'Hallo {first_name}!\nLieber telefonieren? {proposal}' });
    const draft = draftCallMessage({ participantName: 'JÜRGEN KLOPP', settings, now, locale: 'de' });
    expect(draft.text).toBe('Hallo Jürgen!\nLieber telefonieren? Would Di 13:00, Mi 10:00 oder Mi 15:30 (MEZ) work for 30 minutes?');
  });

  it('greets without a name when none can be found', () => {
    const draft = draftCallMessage({ participantName: 'A. Ruiz', settings: settingsWith({ schedulingLink: 'https://cal.com/me' }), now });
    expect(draft.text).toBe('Hi, shall we pick this up on a quick call instead? Pick any time that suits you here: https://cal.com/me');
  });
});

describe('fillTemplate', () => {
  it.each([
    ['Hi {first_name}, {proposal}', 'Ana', 'P', 'Hi Ana, P'],
    ['Hi {first_name}, {proposal}', '', 'P', 'Hi, P'],
    ['{proposal}\n\n{first_name}', 'Ana', 'P', 'P\n\nAna'],
    ['{first_name}! {first_name}? {proposal}', 'Ana', 'P', 'Ana! Ana? P'],
    ['Hi {first_name}: {proposal}', 'Ana', 'https://x.test/$&$1', 'Hi Ana: https://x.test/$&$1'],
    ['  Hi {first_name} {proposal}  ', 'Zoë', 'P', 'Hi Zoë P'],
  ])('%j with %j and %j', (template, name, proposal, expected) => {
    expect(fillTemplate(template, { firstName: name, proposal })).toBe(expected);
  });
});

describe('chooseProposal', () => {
  it.each<[Partial<Settings['call']>, string]>([
    [{}, 'slots'],
    [{ schedulingLink: 'https://calendly.com/me' }, 'link'],
    [{ phoneNumber: '+1 212 555 0100' }, 'slots'],
    [{ phoneNumber: '+1 212 555 0100', proposalOrder: ['phone', 'slots'] }, 'phone'],
    [{ proposalOrder: ['link'] }, 'slots'],
  ])('%j → %s', (call, expected) => {
    expect(chooseProposal(settingsWith(call).call)).toBe(expected);
  });
});

describe('proposal phrases', () => {
  it('can come in the UI language', () => {
    const phrases = {
      link: 'Such dir hier einen Termin aus: {link}',
      slots: 'Passt dir {times} für {minutes} Minuten?',
      noSlots: 'Wann passt dir ein Gespräch von {minutes} Minuten?',
      room: 'Sag, wann es passt, wir treffen uns hier: {room}',
      phone: 'Ruf mich an: {phone}',
    };
    const settings = settingsWith({ draftTemplate: 'Hallo {first_name}, {proposal}' });
    expect(draftCallMessage({ participantName: 'Ana Ruiz', settings, now, locale: 'de', phrases }).text).toBe(
      'Hallo Ana, Passt dir Di 13:00, Mi 10:00 oder Mi 15:30 (MEZ) für 30 Minuten?',
    );
    const withLink = settingsWith({ draftTemplate: 'Hallo {first_name}, {proposal}', schedulingLink: 'https://cal.com/a$1' });
    expect(draftCallMessage({ participantName: 'Ana Ruiz', settings: withLink, now, phrases }).text).toBe('Hallo Ana, Such dir hier einen Termin aus: https://cal.com/a$1');
  });
});
