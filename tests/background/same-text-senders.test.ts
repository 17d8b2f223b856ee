import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, test } from 'vitest';
import { handleMessage, messageHandlers, type Clock } from '../../src/background/handle-message';
import { senderOf } from '../../src/detect/sender-of';
import type { Item, ItemKind } from '../../src/detect/types';
import type { Message, Responses } from '../../src/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import type { ExportedData } from '../../src/shared/store-types';
import { openStore } from '../../src/store';

// Wednesday 2026-11-18, noon in Berlin.
const clock: Clock = { now: () => Date.UTC(2026, 10, 18, 11), timeZone: () => 'Europe/Berlin', locale: () => 'de-DE' };

/** One template as each recipient sees it: their own first name and company filled in. Alone it reads as an ordinary note. */
const template = ([name, company]: readonly [string, string]) =>
  `Hi ${name}, I saw that ${company} just opened an office in Lisbon. I am putting together a small group of people who work on logistics there, and it would be good to have you with us.`;
const SENDERS = [
  { name: 'Lena Vogt', slug: 'lena-vogt', to: ['Maria', 'Acme'] },
  { name: 'Omar Haddad', slug: 'omar-haddad', to: ['Tom', 'Globex'] },
  { name: 'Priya Nair', slug: 'priya-nair', to: ['Sam', 'Initech'] },
] as const;

let serial = 0;
function received(text: string, author: { name: string; profileUrl?: string } | undefined, kind: ItemKind = 'message'): Item {
  serial += 1;
  return {
    id: `urn:li:msg_message:(urn:li:fsd_profile:ME,2-${serial})`,
    kind,
    text,
    ...(author ? { author } : {}),
    mentions: [],
    hashtags: [],
    direction: 'in',
    isFirstInThread: true,
  };
}
const from = (sender: (typeof SENDERS)[number]) => received(template(sender.to), { name: sender.name, profileUrl: `/in/${sender.slug}` });

let settings: Settings;
let send: <M extends Message>(message: M) => Promise<unknown>;

beforeEach(async () => {
  settings = DEFAULT_SETTINGS;
  const store = await openStore({ factory: new IDBFactory() });
  const handlers = messageHandlers({
    store,
    clock,
    settings: { load: async () => settings, save: async () => ({ ok: true, settings }), clear: async () => {} },
    summaryShown: async () => {},
  });
  send = (message) => handleMessage(handlers, message);
});

async function judge(items: Item[]): Promise<Responses['content/judge-items']['judged']> {
  return ((await send({ type: 'content/judge-items', items })) as Responses['content/judge-items']).judged;
}
const sameTextReason = (judged: Responses['content/judge-items']['judged'][number]) =>
  judged.verdicts.find((v) => v.pattern === 'templated')?.reasons.find((r) => r.code === 'same-text-senders');
const exported = async () => (await send({ type: 'page/export' })) as ExportedData;

describe('the same text from several senders, in the worker', () => {
  test('three senders with the same template, their own names filled in: the third is flagged for the two before it', async () => {
    const [first, second, third] = [await judge([from(SENDERS[0])]), await judge([from(SENDERS[1])]), await judge([from(SENDERS[2])])];
    expect(first[0]!.verdicts).toEqual([]);
    expect(sameTextReason(second[0]!)?.text).toBe('Same text from 1 other sender');
    expect(third[0]!.verdicts[0]).toMatchObject({ pattern: 'templated', level: 'high' });
    expect(sameTextReason(third[0]!)?.text).toBe('Same text from 2 other senders');
  });

  test('within one batch an earlier item counts for a later one', async () => {
    const judged = await judge(SENDERS.map(from));
    expect(judged.map((j) => sameTextReason(j)?.text ?? null)).toEqual([null, 'Same text from 1 other sender', 'Same text from 2 other senders']);
  });

  test('an invitation note counts like a message', async () => {
    const [lena, omar] = SENDERS;
    await judge([from(lena)]);
    const note = received(template(omar.to), { name: omar.name, profileUrl: `/in/${omar.slug}` }, 'invite');
    expect(sameTextReason((await judge([note]))[0]!)?.text).toBe('Same text from 1 other sender');
  });

  test('the same sender three times is one sender', async () => {
    const lena = SENDERS[0];
    const judged = await judge([0, 1, 2].map((i) => received(template(SENDERS[i]!.to), { name: lena.name, profileUrl: `/in/${lena.slug}` })));
    expect(judged.every((j) => j.verdicts.length === 0)).toBe(true);
    expect((await exported()).fingerprints).toHaveLength(1);
  });

  test('seeing the messages again (a reload, judging after a settings change) counts nobody new', async () => {
    const items = SENDERS.map(from);
    const reasons = async () => (await judge(items)).map((j) => sameTextReason(j)?.text ?? null);
    const one = 'Same text from 1 other sender';
    const two = 'Same text from 2 other senders';
    expect(await reasons()).toEqual([null, one, two]);
    // Each now has the two others behind it, and no more however often it is seen.
    expect(await reasons()).toEqual([two, two, two]);
    expect(await reasons()).toEqual([two, two, two]);
    settings = { ...DEFAULT_SETTINGS, sensitivity: 'strict' };
    expect(await reasons()).toEqual([two, two, two]);
    expect((await exported()).fingerprints).toHaveLength(3);
  });

  test('short everyday repeats from ten senders never count as one template, and leave nothing behind', async () => {
    const shortReplies = [
      'ok',
      'thanks!',
      'Sounds good, talk soon',
      'Thanks for connecting!',
      'Thank you!',
      'Congrats!',
      'Happy birthday! 🎉',
      'Congrats on the new role!',
      'Happy work anniversary!',
      'Sure, what time works?',
      'Sounds great, thanks for letting me know',
    ];
    const tenSenders = Array.from({ length: 10 }, (_, i) => ({ name: `Person ${i}`, profileUrl: `/in/person-${i}` }));
    const judged = await judge(shortReplies.flatMap((text) => tenSenders.map((sender) => received(text, sender))));
    expect(judged).toHaveLength(110);
    expect(judged.filter((j) => j.verdicts.some((v) => v.pattern === 'templated'))).toEqual([]);
    expect((await exported()).fingerprints).toEqual([]);
    // The same ten senders with a real template are counted: the short ones were left out, not lost.
    const templated = await judge(tenSenders.slice(0, 2).map((sender, i) => received(template(SENDERS[i]!.to), sender)));
    expect(sameTextReason(templated[1]!)).toBeDefined();
  });

  test('what the user sent, posts, comments and messages from an unknown sender are not fingerprinted', async () => {
    const [lena, omar, priya] = SENDERS;
    const sent: Item = { ...from(lena), direction: 'out' };
    const post: Item = { ...from(omar), kind: 'post', direction: undefined };
    const comment: Item = { ...from(priya), kind: 'comment', direction: undefined };
    const anonymous = received(template(['Ana', 'Umbrella']), undefined);
    const nameless = received(template(['Ana', 'Umbrella']), { name: '  ' });
    for (const item of [sent, post, comment, anonymous, nameless]) expect(senderOf(item)).toBeUndefined();
    await judge([sent, post, comment, anonymous, nameless]);
    expect((await exported()).fingerprints).toEqual([]);
  });

  test('a sender known only by name still counts', async () => {
    await judge([received(template(['Maria', 'Acme']), { name: 'Lena Vogt' })]);
    const judged = await judge([received(template(['Tom', 'Globex']), { name: 'Omar Haddad' })]);
    expect(sameTextReason(judged[0]!)).toBeDefined();
  });

  test('one person linked by two profile paths (messaging\'s ACoAA… id, the vanity slug elsewhere) is one sender', async () => {
    const [lena] = SENDERS;
    await judge([received(template(lena.to), { name: lena.name, profileUrl: `/in/${lena.slug}` })]);
    const again = await judge([received(template(lena.to), { name: ` ${lena.name.toUpperCase()} `, profileUrl: '/in/ACoAAB1234567890abcdefghijklmnopqrstuvw' })]);
    expect(sameTextReason(again[0]!)).toBeUndefined();
  });

  test('a sender known only by profile path still counts', async () => {
    await judge([received(template(['Maria', 'Acme']), { name: '', profileUrl: '/in/lena-vogt' })]);
    const judged = await judge([received(template(['Tom', 'Globex']), { name: '', profileUrl: '/in/omar-haddad' })]);
    expect(sameTextReason(judged[0]!)).toBeDefined();
  });

  test('people writing the same words in one conversation (a group\'s wishes, a quote) are no blast; the same words in their own conversations are', async () => {
    const inThread = (sender: (typeof SENDERS)[number], threadId: string): Item => ({ ...from(sender), text: template(['team', 'Acme']), threadId });
    const group = await judge(SENDERS.map((sender) => inThread(sender, '2-GROUP')));
    expect(group.map((j) => sameTextReason(j) ?? null)).toEqual([null, null, null]);
    const apart = await judge([inThread(SENDERS[0], '2-LENA'), inThread(SENDERS[1], '2-OMAR')]);
    expect(sameTextReason(apart[1]!)?.text).toBe('Same text from 2 other senders');
    // Without a known conversation, as before: every other sender counts.
    expect(sameTextReason((await judge([{ ...from(SENDERS[2]), text: template(['team', 'Acme']) }]))[0]!)?.text).toBe('Same text from 2 other senders');
  });

  test('a count the page sends is not believed', async () => {
    const claimed: Item = { ...received('Thanks, talk soon', { name: 'Lena Vogt' }), sameTextSenders: 5 };
    const lone: Item = { ...from(SENDERS[0]), sameTextSenders: 5 };
    expect((await judge([claimed, lone])).every((j) => j.verdicts.length === 0)).toBe(true);
  });

  test('with the templated pattern off nothing about received text is kept', async () => {
    settings = { ...DEFAULT_SETTINGS, patterns: { ...DEFAULT_SETTINGS.patterns, templated: false } };
    await judge(SENDERS.map(from));
    expect((await exported()).fingerprints).toEqual([]);
  });

  test('the store keeps a fingerprint and a hashed sender, never the text or who sent it', async () => {
    await judge(SENDERS.map(from));
    const data = await exported();
    expect(data.fingerprints).toHaveLength(3);
    for (const row of data.fingerprints) {
      expect(row.fp).toMatch(/^[0-9a-f]{16}$/);
      expect(row.sender).toMatch(/^[0-9a-f]{32}$/);
    }
    await judge([{ ...from(SENDERS[0]), threadId: '2-THREAD-OF-LENA' }]);
    const withThread = (await exported()).fingerprints.find((row) => row.thread !== undefined);
    expect(withThread?.thread).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.stringify(await exported())).not.toContain('THREAD-OF-LENA');
    const everything = JSON.stringify(data);
    for (const sender of SENDERS) {
      expect(everything).not.toContain(sender.slug);
      expect(everything).not.toContain(sender.name);
    }
    expect(everything).not.toContain('Lisbon');
    expect(data.events.map((e) => e.id)).not.toContain(data.fingerprints[0]!.sender);
  });
});
