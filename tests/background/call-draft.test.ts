import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { callDraft, icsFileName } from '../../src/background/call-draft';
import { handleMessage, messageHandlers } from '../../src/background/handle-message';
import type { CallDraftRequest, Message } from '../../src/messages';
import type { ConversationStat } from '../../src/shared/store-types';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { openStore } from '../../src/store';

const THREAD = '0123456789abcdef0123456789abcdef';
const THREAD_URL = 'https://www.linkedin.com/messaging/thread/2-abc/';
// Monday 2026-11-23, 11:00 in Berlin.
const NOW = new Date('2026-11-23T10:00:00Z');
const request: CallDraftRequest = {
  participantName: 'Ana Ruiz',
  threadId: THREAD,
  eventTitle: 'Call with Ana Ruiz',
  eventDetails: `Our conversation on LinkedIn: ${THREAD_URL}`,
};

function settingsWith(call: Partial<Settings['call']> = {}): Settings {
  const settings = structuredClone(DEFAULT_SETTINGS);
  settings.call = { ...settings.call, timeZone: 'Europe/Berlin', ...call };
  return settings;
}

describe('callDraft', () => {
  test('offers three times in the text and in the calendar, each with its links, label and .ics', () => {
    const draft = callDraft(request, settingsWith(), NOW);
    expect(draft.proposal).toBe('slots');
    expect(draft.text).toMatch(/^Hi Ana, shall we pick this up on a quick call instead\? Would .+ work for 30 minutes\?$/);
    expect(draft.slots).toHaveLength(3);
    expect(draft.offeredTimes).not.toBe('');
    expect(draft.text).toContain(draft.offeredTimes);
    expect(draft.icsFileName).toBe('call-with-ana-ruiz.ics');
    for (const slot of draft.slots) {
      expect(slot.label).toMatch(/^\w{3} \d\d:\d\d \(CET\)$/);
      expect(draft.offeredTimes).toContain(slot.label.replace(' (CET)', ''));
      expect(Date.parse(slot.end) - Date.parse(slot.start)).toBe(30 * 60_000);
      expect(Date.parse(slot.start)).toBeGreaterThan(NOW.getTime());
    }
  });

  test('Google and Outlook links carry the title, the slot and the thread link', () => {
    const [first] = callDraft(request, settingsWith(), NOW).slots;
    const start = new Date(first!.start);
    const stamp = (at: Date) => at.toISOString().replace(/[-:]|\.\d{3}/g, '');
    const g = new URL(first!.google);
    expect(g.searchParams.get('text')).toBe('Call with Ana Ruiz');
    expect(g.searchParams.get('dates')).toBe(`${stamp(start)}/${stamp(new Date(first!.end))}`);
    expect(g.searchParams.get('details')).toBe(`Our conversation on LinkedIn: ${THREAD_URL}`);
    const o = new URL(first!.outlook);
    expect(o.searchParams.get('subject')).toBe('Call with Ana Ruiz');
    expect(o.searchParams.get('startdt')).toBe(first!.start.replace('.000', ''));
  });

  test('the .ics holds the call in the user\'s zone, with a uid stable for the thread and slot', () => {
    const [first] = callDraft(request, settingsWith(), NOW).slots;
    expect(first!.icsText).toMatch(/DTSTART;TZID=Europe\/Berlin:\d{8}T\d{6}\r\n/);
    expect(first!.icsText).toContain('SUMMARY:Call with Ana Ruiz\r\n');
    const uid = `UID:${THREAD}-${Date.parse(first!.start)}@not-so-social\r\n`;
    expect(first!.icsText).toContain(uid);
    expect(callDraft(request, settingsWith(), new Date(NOW.getTime() + 60_000)).slots[0]!.icsText).toContain(uid);
  });

  test('a scheduling link is the whole proposal: no offered times, no calendar shortcut', () => {
    const draft = callDraft(request, settingsWith({ schedulingLink: 'https://cal.com/ana/30', draftTemplate: 'Hello {first_name}! {proposal}' }), NOW);
    expect(draft).toMatchObject({ proposal: 'link', text: 'Hello Ana! Pick any time that suits you here: https://cal.com/ana/30', offeredTimes: '', slots: [] });
  });

  test('a room or a phone offers no times in the text, but suggested times for the calendar, at that place', () => {
    const room = callDraft(request, settingsWith({ videoRoomLink: 'https://meet.example/room', proposalOrder: ['room', 'slots'] }), NOW);
    expect(room.proposal).toBe('room');
    expect(room.offeredTimes).toBe('');
    expect(room.slots.length).toBeGreaterThan(0);
    expect(new URL(room.slots[0]!.google).searchParams.get('location')).toBe('https://meet.example/room');
    const phone = callDraft(request, settingsWith({ phoneNumber: '+49 30 1234567', videoRoomLink: 'https://meet.example/room', proposalOrder: ['phone'] }), NOW);
    expect(new URL(phone.slots[0]!.google).searchParams.get('location')).toBe('+49 30 1234567');
    const slots = callDraft(request, settingsWith(), NOW);
    expect(new URL(slots.slots[0]!.google).searchParams.get('location')).toBeNull();
  });
});

describe('icsFileName', () => {
  test('names the file after the person, in plain ASCII', () => {
    expect(icsFileName('Ana Ruiz')).toBe('call-with-ana-ruiz.ics');
    expect(icsFileName('Zoë Müller-Łukasz')).toBe('call-with-zoe-muller-ukasz.ics');
    expect(icsFileName('山田 太郎')).toBe('call.ics');
    expect(icsFileName('')).toBe('call.ics');
  });
});

describe('the background answers the page', () => {
  async function background(settings: Settings) {
    const store = await openStore({ factory: new IDBFactory() });
    const handlers = messageHandlers({
      store,
      clock: { now: () => NOW.getTime(), timeZone: () => 'Europe/Berlin', locale: () => 'en-GB' },
      settings: { load: async () => settings, save: async () => ({ ok: true, settings }), clear: async () => undefined },
      summaryShown: async () => undefined,
    });
    return { store, send: <M extends Message>(message: M) => handleMessage(handlers, message) };
  }

  test('a call draft with the settings it holds, at its time', async () => {
    const { send } = await background(settingsWith({ schedulingLink: 'https://cal.com/ana/30' }));
    expect(await send({ type: 'content/call-draft', ...request })).toEqual(callDraft(request, settingsWith({ schedulingLink: 'https://cal.com/ana/30' }), NOW));
  });

  test('a thread\'s counts: whether this report lifted it among the conversations that deserve a call, and the first name its note greets by', async () => {
    const { send } = await background(settingsWith());
    const conversation = (participantName: string, inLast7d: number, outLast7d: number): ConversationStat => ({
      threadId: THREAD,
      participantName,
      threadUrl: 'https://www.linkedin.com/messaging/thread/2-abc/',
      inLast7d,
      outLast7d,
      longestRun: Math.min(inLast7d, outLast7d) * 2,
      lastActivity: NOW.getTime() - 60_000,
      templated: false,
    });
    expect(await send({ type: 'content/conversation', conversation: conversation('A. Ruiz', 1, 0) })).toEqual({ newlyDeserving: false, firstName: '' });
    expect(await send({ type: 'content/conversation', conversation: conversation('Dr. Ana Ruiz 🚀 | Growth', 7, 7) })).toEqual({ newlyDeserving: true, firstName: 'Ana' });
    // Already among them: no second note.
    expect(await send({ type: 'content/conversation', conversation: conversation('Dr. Ana Ruiz 🚀 | Growth', 8, 7) })).toEqual({ newlyDeserving: false, firstName: 'Ana' });
  });

  test('a sent message counts as a proposal only if it holds the link or the offered times, and its text is not kept', async () => {
    const settings = settingsWith({ schedulingLink: 'https://calendly.com/me/30min' });
    const { store, send } = await background(settings);
    const { offeredTimes } = callDraft(request, settingsWith(), NOW);
    const proposed = (sentText: string, times?: string) =>
      send({ type: 'content/call-event', kind: 'proposed', threadId: THREAD, sentText, ...(times ? { offeredTimes: times } : {}) });
    await proposed('Sounds good, talk soon');
    await proposed(`How about ${offeredTimes}?`);
    expect((await store.exportAll()).callEvents).toEqual([]);
    await proposed('Here you go: calendly.com/me/30min');
    await proposed(`How about ${offeredTimes}?`, offeredTimes);
    const exported = await store.exportAll();
    expect(exported.callEvents.map((event) => event.kind)).toEqual(['proposed', 'proposed']);
    expect(JSON.stringify(exported)).not.toMatch(/calendly|How about|talk soon/);
  });
});
