// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://www.linkedin.com/messaging/thread/2-ODQ4MmZjYWUtYWU4NS00YWU3LWJlZmUtOTU0ODdkNTI2OWI2XzEwMA==/" }
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { messageHandlers } from '../../../src/background/handle-message';
import { judgeItems } from '../../../src/background/judge-items';
import { CallFeature } from '../../../src/content/call/call-feature';
import { ItemScanner, type ScannerDeps } from '../../../src/content/item-scanner';
import { PageSession } from '../../../src/content/page-session';
import { parseMessage, type Message } from '../../../src/messages';
import { hashId } from '../../../src/shared/hash-id';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings';
import type { CallEvent, ConversationStat } from '../../../src/shared/store-types';
import type { Store } from '../../../src/store';
import { mockBrowser } from '../extension-globals';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/');
const CONVERSATION = '8482fcae-ae85-4ae7-befe-95487d5269b6_100';
const THREAD_URL = 'https://www.linkedin.com/messaging/thread/2-ODQ4MmZjYWUtYWU4NS00YWU3LWJlZmUtOTU0ODdkNTI2OWI2XzEwMA==/';
/** An hour after the last message of the saved thread. */
const NOW = 1779454562031 + 3_600_000;

let settings: Settings;
let deserving: string[];
let sent: Message[];
let session: PageSession;
/** Call events the background recorded; it decides, from the sent text, whether a call was proposed. */
let recorded: CallEvent[];

function loadPage(fixture: string): void {
  document.body.innerHTML = readFileSync(FIXTURES + fixture, 'utf8');
}

const composer = (): HTMLElement => document.querySelector<HTMLElement>('.msg-form [contenteditable="true"]')!;
const form = (): HTMLElement => document.querySelector<HTMLElement>('.msg-form')!;
const controls = (): ShadowRoot => document.querySelector('not-so-social-call')!.shadowRoot!;
/** Until the thread's counts were reported, and a few turns of the event loop for what follows them. */
async function reported(): Promise<void> {
  await vi.waitFor(() => expect(sentOf('content/conversation').length).toBeGreaterThan(0), { timeout: 5000, interval: 100 });
  for (let turn = 0; turn < 5; turn += 1) await new Promise((resolve) => setImmediate(resolve));
}

/**
 * The page's one observer as start-page wires it: the composers go to the call feature, and the item
 * scanner reads each message once and has it judged (by the worker's own code, in process) before the
 * call feature gets it with its verdicts.
 */
function wired(judge: ScannerDeps['judge'] = (items) => judgeItems(structuredClone(items), settings)): {
  feature: CallFeature;
  added: (roots: Element[]) => Promise<void>;
} {
  const feature = new CallFeature(session);
  const scanner = new ItemScanner({
    judge,
    display: () => 'label',
    corrected: new Set(),
    correct: () => undefined,
    messages: (judged) => feature.messagesSeen(judged),
    pause: async () => undefined,
  });
  return {
    feature,
    added: async (roots) => {
      feature.handle(roots);
      await scanner.scan(roots);
    },
  };
}

/** A worker that judges every inbound message templated: what the feature does with the verdict, whatever the detector's tuning. */
const inboundTemplated: ScannerDeps['judge'] = async (items) =>
  Promise.all(
    items.map(async (item) => ({
      id: await hashId(item.id),
      verdicts:
        item.direction === 'in' ? [{ pattern: 'templated' as const, level: 'high' as const, score: 0.9, reasons: [{ code: 'stock-opener', text: 'Opens with a stock line' }] }] : [],
    })),
  );

const recordedKinds = (): string[] => recorded.map((event) => event.kind);
const sentOf = <T extends Message['type']>(type: T) => sent.filter((m): m is Extract<Message, { type: T }> => m.type === type);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  vi.setSystemTime(NOW);
  settings = structuredClone(DEFAULT_SETTINGS);
  deserving = [];
  sent = [];
  recorded = [];
  session = new PageSession();
  const background = messageHandlers({
    // A store where a thread deserves a call once a week holds a message of it, or when a test says so.
    store: {
      recordCallEvent: async (event: CallEvent) => void recorded.push(event),
      conversationsDeservingCall: async () => deserving.map((threadId) => ({ threadId }) as ConversationStat),
      upsertConversation: async (conversation: ConversationStat) => {
        if (conversation.inLast7d >= 1 && !deserving.includes(conversation.threadId)) deserving = [...deserving, conversation.threadId];
      },
    } as unknown as Store,
    settings: { load: async () => settings, save: async () => ({ ok: true, settings }), clear: async () => undefined },
    clock: { now: () => Date.now(), timeZone: () => 'UTC', locale: () => 'en' },
    summaryShown: async () => undefined,
  });
  mockBrowser.runtime.sendMessage.mockImplementation((async (message: Message) => {
    sent.push(message);
    // The background ignores anything that is not exactly one of its messages.
    if (!parseMessage(message)) return undefined;
    switch (message.type) {
      case 'content/call-draft':
        return background['content/call-draft'](message);
      case 'content/call-event':
        return background['content/call-event'](message);
      case 'content/page-state':
        return { correctedIds: [], settings };
      case 'content/conversation':
        return background['content/conversation'](message);
      default:
        return { ok: true };
    }
  }) as never);
});

afterEach(() => {
  session.stop();
  vi.useRealTimers();
  mockBrowser.runtime.sendMessage.mockReset();
  document.body.innerHTML = '';
});

describe('the Suggest a call row on the saved messaging page', () => {
  test('sits just above the composer\'s action bar, once, and is a labelled, focusable button', () => {
    loadPage('linkedin-messaging-thread-2026-05.html');
    const feature = new CallFeature(session);
    feature.handle([document.body]);
    feature.handle([form()]);
    const hosts = document.querySelectorAll('not-so-social-call');
    expect(hosts).toHaveLength(1);
    expect(hosts[0]?.nextElementSibling?.classList.contains('msg-form__footer')).toBe(true);
    const button = controls().querySelector('button')!;
    expect(button.textContent).toBe('Suggest a call');
    expect(button.type).toBe('button');
    expect(controls().querySelector('[role="group"]')?.getAttribute('aria-label')).toBe('Not So Social: suggest a call');
  });

  test('comes back when LinkedIn re-renders the form\'s footer and drops the row with it', () => {
    loadPage('linkedin-messaging-thread-2026-05.html');
    const feature = new CallFeature(session);
    feature.handle([document.body]);
    document.querySelector('not-so-social-call')!.remove();
    const footer = document.querySelector('.msg-form__footer')!;
    const fresh = footer.cloneNode(true) as Element;
    footer.replaceWith(fresh);
    feature.handle([fresh]);
    expect(document.querySelectorAll('not-so-social-call')).toHaveLength(1);
    expect(document.querySelector('not-so-social-call')?.nextElementSibling).toBe(fresh);
  });

  test('a post or comment added to the page is not searched for composers: a message form is never part of one', () => {
    loadPage('linkedin-post-comment-thread-2026-09-edited-four-mentions.html');
    const query = vi.spyOn(Element.prototype, 'querySelectorAll');
    new CallFeature(session).handle([document.getElementById('ember75')!]);
    expect(query).not.toHaveBeenCalled();
    new CallFeature(session).handle([document.body]);
    expect(query).toHaveBeenCalled();
    query.mockRestore();
  });

  test('one click puts a draft greeting Casey in the composer, records the suggestion and offers the calendar', async () => {
    loadPage('linkedin-messaging-thread-2026-05.html');
    const { added } = wired();
    await added([document.body]);
    const inputs: string[] = [];
    composer().addEventListener('input', (event) => inputs.push((event as InputEvent).inputType));
    controls().querySelector('button')!.click();
    await vi.waitFor(() => expect(sentOf('content/call-event')).toHaveLength(1));

    expect(composer().textContent).toMatch(/^Hi Casey, shall we pick this up on a quick call instead\? Would .+ work for 30 minutes\?$/);
    expect(inputs).toEqual(['insertText']);
    expect(sentOf('content/call-event')[0]).toEqual({ type: 'content/call-event', kind: 'suggested', threadId: await hashId(CONVERSATION) });
    expect(controls().querySelector('.status')?.textContent).toBe('Draft added to the message. Edit it and press Send yourself.');

    const calendar = controls().querySelector<HTMLElement>('.calendar')!;
    await vi.waitFor(() => expect(calendar.hidden).toBe(false));
    const google = new URL(calendar.querySelector<HTMLAnchorElement>('a.google')!.href);
    expect(google.searchParams.get('text')).toBe('Call with Casey Carter');
    expect(google.searchParams.get('details')).toBe(`Our conversation on LinkedIn: ${THREAD_URL}`);
    const [start = '', end = ''] = (google.searchParams.get('dates') ?? '').split('/');
    const stamp = (s: string) => Date.parse(s.replace(/(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z/, '$1-$2-$3T$4:$5:$6Z'));
    expect(stamp(end) - stamp(start)).toBe(30 * 60_000);
    expect(calendar.querySelector<HTMLAnchorElement>('a.outlook')!.href).toMatch(/^https:\/\/outlook\.live\.com\/calendar\/0\/deeplink\/compose\?/);
    expect(calendar.querySelector<HTMLAnchorElement>('a.google')!.target).toBe('_blank');
    const ics = calendar.querySelector<HTMLAnchorElement>('a.ics')!;
    expect(ics.download).toBe('call-with-casey-carter.ics');
    expect(ics.href).toMatch(/^blob:/);
    // The three offered times can each be put in the calendar.
    expect(calendar.querySelectorAll('select option')).toHaveLength(3);
  });

  test('keeps what the user already wrote and adds the draft on a new line', async () => {
    loadPage('linkedin-messaging-thread-2026-05.html');
    composer().innerHTML = '<p>Thanks for the intro!</p>';
    const { feature, added } = wired();
    await added([document.body]);
    await feature.suggest(form());
    const lines = [...composer().querySelectorAll('p')].map((p) => p.textContent);
    expect(lines[0]).toBe('Thanks for the intro!');
    expect(lines[1]).toMatch(/^Hi Casey,/);
  });

  test('uses the user\'s template and scheduling link, and then no calendar shortcut (the tool makes the event)', async () => {
    settings.call.schedulingLink = 'https://cal.com/ana/30';
    settings.call.draftTemplate = 'Hello {first_name}! {proposal}';
    loadPage('linkedin-messaging-thread-2026-05.html');
    const { feature, added } = wired();
    await added([document.body]);
    await feature.suggest(form());
    expect(composer().textContent).toBe('Hello Casey! Pick any time that suits you here: https://cal.com/ana/30');
    expect(controls().querySelector<HTMLElement>('.calendar')!.hidden).toBe(true);
  });

  test('without a composer the draft goes to the clipboard and the row says so', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    loadPage('linkedin-messaging-thread-2026-05.html');
    const { feature, added } = wired();
    await added([document.body]);
    composer().remove();
    await feature.suggest(form());
    vi.unstubAllGlobals();
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/^Hi Casey,/));
    expect(controls().querySelector('.status')?.textContent).toBe('No message box found: the draft is copied. Paste it where you write.');
    expect(sentOf('content/call-event')).toHaveLength(1);
  });
});

describe('conversation tracking', () => {
  test('reports the thread\'s counts, name and address once its rows settle, and never its text', async () => {
    loadPage('linkedin-messaging-thread-2026-05.html');
    await wired(inboundTemplated).added([document.body]);
    await reported();
    const reports = sentOf('content/conversation');
    expect(reports).toHaveLength(1);
    expect(reports[0]?.conversation).toEqual({
      threadId: await hashId(CONVERSATION),
      participantName: 'Casey Carter',
      threadUrl: THREAD_URL,
      inLast7d: 1,
      outLast7d: 2,
      longestRun: 2,
      lastActivity: 1779454562031,
      // The worker judged Casey's only message templated, so far this is no conversation.
      templated: true,
    });
    expect(JSON.stringify(sent)).not.toMatch(/Career System|job search/);
  });

  test('a thread that has just crossed the line gets one quiet note, whose button drafts the message', async () => {
    loadPage('linkedin-messaging-thread-2026-05.html');
    const { added } = wired();
    await added([document.body]);
    await reported();
    const notes = document.querySelectorAll('not-so-social-call-nudge');
    expect(notes).toHaveLength(1);
    expect(notes[0]?.nextElementSibling).toBe(form());
    const note = notes[0]!.shadowRoot!;
    expect(note.querySelector('.text')?.textContent).toBe('You and Casey traded 3 messages this week. A short call might say more.');
    note.querySelector<HTMLButtonElement>('button.suggest')!.click();
    await vi.waitFor(() => expect(composer().textContent).toMatch(/^Hi Casey,/));
    expect(document.querySelector('not-so-social-call-nudge')).toBeNull();
  });

  test('a thread that already deserved a call before this visit gets no note', async () => {
    deserving = [await hashId(CONVERSATION)];
    loadPage('linkedin-messaging-thread-2026-05.html');
    await wired().added([document.body]);
    await reported();
    expect(sentOf('content/conversation')).toHaveLength(1);
    expect(document.querySelector('not-so-social-call-nudge')).toBeNull();
  });

  test('the docked chat window: its own participant, and a templated pitch is marked as such', async () => {
    // An hour after the chat window's last message.
    vi.setSystemTime(1779503600000 + 3_600_000);
    loadPage('synthetic-chat-window-2026.html');
    const { feature, added } = wired(inboundTemplated);
    await added([document.body]);
    await feature.suggest(form());
    expect(composer().textContent).toMatch(/^Hi Jordan,/);
    await reported();
    expect(sentOf('content/conversation')[0]?.conversation).toMatchObject({ participantName: 'Jordan Reyes', templated: true, inLast7d: 2, outLast7d: 1 });
  });
});

describe('call proposed', () => {
  /** A copy of the thread's last outgoing row, as LinkedIn adds it after the user presses Send. */
  function sendOutgoing(added: (roots: Element[]) => Promise<void>, text: string, sentAt: number): Promise<void> {
    const rows = document.querySelectorAll('.msg-s-message-list__event');
    const row = rows[rows.length - 1]!.cloneNode(true) as HTMLElement;
    const message = row.querySelector('[data-event-urn]')!;
    const encoded = btoa(`${sentAt}b99999-100&${CONVERSATION}`);
    message.setAttribute('data-event-urn', `urn:li:msg_message:(urn:li:fsd_profile:ACoAATEST0000000000000000000000000000005,2-${encoded})`);
    row.querySelector('.msg-s-event-listitem__body')!.textContent = text;
    rows[rows.length - 1]!.after(row);
    return added([row]);
  }

  test('a new outgoing message holding the offered times is recorded as a proposed call', async () => {
    loadPage('linkedin-messaging-thread-2026-05.html');
    const { feature, added } = wired();
    await added([document.body]);
    await feature.suggest(form());
    const offered = sentOf('content/call-draft').length;
    await sendOutgoing(added, composer().textContent ?? '', Date.now());
    await vi.waitFor(() => expect(recordedKinds()).toEqual(['suggested', 'proposed']));
    expect(offered).toBe(1);
    expect(sentOf('content/call-event')[1]).toMatchObject({ kind: 'proposed', offeredTimes: expect.stringMatching(/\d\d:\d\d/) });
  });

  test('a new outgoing message with the scheduling link counts even without the button', async () => {
    settings.call.schedulingLink = 'https://calendly.com/me/30min';
    loadPage('linkedin-messaging-thread-2026-05.html');
    const { added } = wired();
    await added([document.body]);
    await sendOutgoing(added, 'Here you go: calendly.com/me/30min', Date.now());
    await vi.waitFor(() => expect(recordedKinds()).toEqual(['proposed']));
    expect(recorded[0]?.threadId).toBe(await hashId(CONVERSATION));
  });

  test('a scheduling link just set on the options page counts at once: the background decides with its settings', async () => {
    loadPage('linkedin-messaging-thread-2026-05.html');
    const { added } = wired();
    await added([document.body]);
    settings.call.schedulingLink = 'https://calendly.com/me/30min';
    await sendOutgoing(added, 'Here you go: calendly.com/me/30min', Date.now());
    await vi.waitFor(() => expect(recordedKinds()).toEqual(['proposed']));
  });

  test('an ordinary new message, or an old one loaded from history, is not a proposal', async () => {
    settings.call.schedulingLink = 'https://calendly.com/me/30min';
    loadPage('linkedin-messaging-thread-2026-05.html');
    const { added } = wired();
    await added([document.body]);
    await sendOutgoing(added, 'Sounds good, talk soon', Date.now());
    await sendOutgoing(added, 'calendly.com/me/30min', Date.now() - 86_400_000);
    await reported();
    expect(recorded).toEqual([]);
    // Only the message sent just now went to the background to be checked, and nothing of it was kept.
    expect(sentOf('content/call-event').map((m) => m.sentText)).toEqual(['Sounds good, talk soon']);
  });
});

describe('when LinkedIn reuses the form for another thread', () => {
  test('the row forgets the last draft\'s status and calendar, and the note goes', async () => {
    loadPage('linkedin-messaging-thread-2026-05.html');
    const { feature, added } = wired();
    await added([document.body]);
    await reported();
    await feature.suggest(form());
    expect(document.querySelector('not-so-social-call-nudge')).not.toBeNull();
    feature.handle([composer()]);
    expect(controls().querySelector('.status')?.textContent).not.toBe('');

    // Another thread opens in the same page: LinkedIn changes the address and swaps the rows.
    history.pushState(null, '', `/messaging/thread/2-${btoa('another-conversation_100')}/`);
    feature.handle([composer()]);
    expect(controls().querySelector('.status')?.textContent).toBe('');
    expect(controls().querySelector<HTMLElement>('.calendar')!.hidden).toBe(true);
    expect(document.querySelector('not-so-social-call-nudge')).toBeNull();
    history.pushState(null, '', `/messaging/thread/2-${btoa(CONVERSATION)}/`);
  });
});

describe('a thread opened from the popup (#not-so-social-call)', () => {
  test('gets the draft in its composer without a click, and loses the hash', async () => {
    history.replaceState(null, '', `/messaging/thread/2-${btoa(CONVERSATION)}/#not-so-social-call`);
    loadPage('linkedin-messaging-thread-2026-05.html');
    const { added } = wired();
    await added([document.body]);
    await vi.waitFor(() => expect(composer().textContent).toMatch(/^Hi Casey,/));
    expect(location.hash).toBe('');
    expect(sentOf('content/call-event').map((m) => m.kind)).toEqual(['suggested']);
  });
});
