import { describe, expect, it } from 'vitest';
import { containsProposal } from '../../src/call/proposal-sent';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  call: {
    ...DEFAULT_SETTINGS.call,
    schedulingLink: 'https://calendly.com/ana-ruiz/30min',
    videoRoomLink: 'https://meet.google.com/abc-defg-hij',
    phoneNumber: '+49 30 1234567',
  },
};
const slotsText = 'Tue 13:00, Wed 10:00 or Wed 15:30 (CET)';

describe('containsProposal', () => {
  it.each<[string, string, string | undefined, boolean]>([
    ['the scheduling link as drafted', 'Pick any time here: https://calendly.com/ana-ruiz/30min', undefined, true],
    ['the link pasted without scheme and with a slash', 'grab a slot: calendly.com/ana-ruiz/30min/ thanks', undefined, true],
    ['the link with www and capitals', 'See https://www.Calendly.com/ana-ruiz/30min.', undefined, true],
    ['a longer link that only starts the same', 'https://calendly.com/ana-ruiz/30minutes', undefined, false],
    ['the video room', 'Join me at https://meet.google.com/abc-defg-hij when you can', undefined, true],
    ['the phone number as set', 'Call me on +49 30 1234567', undefined, true],
    ['the phone number in national form', 'ring me: (030) 123-4567 (9-5)', undefined, true],
    ['the phone number without spaces', 'my number +49301234567', undefined, true],
    ['another number', 'my number is +49 30 7654321', undefined, false],
    ['the drafted times', `Would ${slotsText} work for 30 minutes?`, slotsText, true],
    ['two of the times, edited', 'How about Wednesday 10:00 or 15:30?', slotsText, true],
    ['the times written with a dot and no leading zero', 'Tue 13.00 or Wed 10.00?', slotsText, true],
    ['only one of the times', 'Could you do 13:00 tomorrow?', slotsText, false],
    ['times that are not the proposed ones', 'I am free 11:00 or 14:30', slotsText, false],
    ['a reply without any of it', 'Thanks, talk soon!', slotsText, false],
    ['times without knowing the proposed ones', 'Tue 13:00, Wed 10:00 or Wed 15:30 (CET)', undefined, false],
  ])('%s → %s', (_name, text, recentSlots, expected) => {
    expect(containsProposal(text, settings, recentSlots)).toBe(expected);
  });

  it('finds nothing when nothing is set up and no times were proposed', () => {
    expect(containsProposal('https://calendly.com/ana-ruiz/30min +49 30 1234567', DEFAULT_SETTINGS)).toBe(false);
  });

  it('accepts a single proposed time when only one was offered', () => {
    expect(containsProposal('Wed 13:00 works?', settings, 'Wed 13:00 (CET)')).toBe(true);
  });
});
