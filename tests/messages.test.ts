import { describe, expect, test } from 'vitest';
import type { Item } from '../src/detect/types';
import { judgeItemsMessage, MAX_JUDGE_BATCH, parseMessage, withinLimits } from '../src/messages';

const HASH = '0123456789abcdef0123456789abcdef';
const comment: Item = {
  id: 'urn:li:comment:(activity:7,1)',
  kind: 'comment',
  text: '@Ana @Bo @Cy have a look',
  author: { name: 'Dee', profileUrl: '/in/dee' },
  mentions: [{ name: 'Ana', profileUrl: '/in/ana' }, { name: 'Bo' }, { name: 'Cy' }],
  hashtags: [],
  threadId: 'urn:li:activity:7',
  authorIsPostAuthor: false,
  threadParticipants: ['/in/eve'],
  repeatedMentionList: false,
};
const message: Item = { id: 'urn:li:msg_message:1', kind: 'message', text: 'Hi {first_name}', mentions: [], hashtags: [], direction: 'in', isFirstInThread: true, sameTextSenders: 2 };
const judge = (items: unknown[]) => ({ type: 'content/judge-items', items });

describe('parseMessage', () => {
  test.each([
    ['items to judge', judge([comment, message])],
    ['a post with only the fields every item has', judge([{ id: 'urn:li:activity:7', kind: 'post', text: '', mentions: [], hashtags: ['#ai'] }])],
    ['a full batch', judge(Array.from({ length: MAX_JUDGE_BATCH }, () => message))],
    ['a draft to check', { type: 'content/draft-signals', text: 'I hope this finds you well' }],
    ['a correction', { type: 'content/correction', id: HASH, pattern: 'templated' }],
    ['page state', { type: 'content/page-state' }],
    ['the weekly summary', { type: 'page/weekly-summary' }],
    ['the nudge state', { type: 'content/nudge-state' }],
    ['a nudge snooze', { type: 'content/nudge-snooze' }],
    ['a suggested call', { type: 'content/call-event', kind: 'suggested', threadId: HASH }],
    ['a sent message to check for a proposal', { type: 'content/call-event', kind: 'proposed', threadId: HASH, sentText: 'Tue 14:00?', offeredTimes: 'Tue 14:00 (CET)' }],
    ['a call draft request', { type: 'content/call-draft', participantName: 'Ana Ruiz', threadId: HASH, eventTitle: 'Call with Ana Ruiz', eventDetails: 'https://www.linkedin.com/messaging/thread/2-abc/' }],
  ])('accepts %s', (_name, raw) => {
    expect(parseMessage(raw)).toEqual(raw);
  });

  test.each([
    ['nothing', undefined],
    ['a string', 'content/page-state'],
    ['an unknown type', { type: 'content/delete-everything' }],
    ['the retired fingerprint report (the worker fingerprints what it judges)', { type: 'content/fingerprints', fingerprints: [{ fp: '0123456789abcdef', sender: HASH }] }],
    ['an inherited type name', { type: 'toString' }],
    ['an unhashed id', { type: 'content/correction', id: 'urn:li:comment:1', pattern: 'templated' }],
    ['an unknown pattern', { type: 'content/correction', id: HASH, pattern: 'spam' }],
    ['an unknown kind', judge([{ ...comment, kind: 'story' }])],
    ['an item without an id', judge([{ ...comment, id: undefined }])],
    ['an item without its text', judge([{ ...comment, text: undefined }])],
    ['mentions that are not people', judge([{ ...comment, mentions: ['Ana'] }])],
    ['a mention without a name', judge([{ ...comment, mentions: [{ profileUrl: '/in/ana' }] }])],
    ['participants that are not paths', judge([{ ...comment, threadParticipants: [7] }])],
    ['a direction that is neither', judge([{ ...message, direction: 'sideways' }])],
    ['a count that is not one', judge([{ ...message, sameTextSenders: -1 }])],
    ['a flag that is not one', judge([{ ...comment, authorIsPostAuthor: 'yes' }])],
    ['items that are not a list', { type: 'content/judge-items', items: { id: HASH } }],
    ['an oversized batch', judge(Array.from({ length: MAX_JUDGE_BATCH + 1 }, () => message))],
    ['an oversized draft', { type: 'content/draft-signals', text: 'x'.repeat(20_001) }],
    ['a suggestion carrying message text', { type: 'content/call-event', kind: 'suggested', threadId: HASH, sentText: 'hello' }],
    ['offered times without a sent message', { type: 'content/call-event', kind: 'proposed', threadId: HASH, offeredTimes: 'Tue 14:00 (CET)' }],
    ['an oversized sent message', { type: 'content/call-event', kind: 'proposed', threadId: HASH, sentText: 'x'.repeat(20_001) }],
    ['a call draft for an unhashed thread', { type: 'content/call-draft', participantName: 'Ana', threadId: 'thread-1', eventTitle: 'Call', eventDetails: '' }],
    ['a call draft with an overlong event title', { type: 'content/call-draft', participantName: 'Ana', threadId: HASH, eventTitle: 'x'.repeat(501), eventDetails: '' }],
    ['a call draft without its event title', { type: 'content/call-draft', participantName: 'Ana', threadId: HASH, eventDetails: '' }],
  ])('rejects %s', (_name, raw) => {
    expect(parseMessage(raw)).toBeNull();
  });
});

describe('withinLimits', () => {
  test('an item already within the limits is unchanged', () => {
    expect(withinLimits(comment)).toEqual(comment);
    expect(withinLimits(message)).toEqual(message);
  });

  test('the worker cuts an oversized item down itself: the page sends it as read, and its batch is not refused', () => {
    const huge: Item = {
      ...comment,
      text: 'word '.repeat(10_000),
      author: { name: 'A'.repeat(300), profileUrl: `/in/${'a'.repeat(600)}` },
      mentions: Array.from({ length: 300 }, (_, i) => ({ name: `Person ${i}` })),
      hashtags: Array.from({ length: 300 }, () => `#${'x'.repeat(300)}`),
      threadParticipants: Array.from({ length: 2000 }, (_, i) => `/in/p${i}`),
    };
    const parsed = parseMessage(judge([huge, message]));
    expect(parsed?.type).toBe('content/judge-items');
    const [clipped, untouched] = parsed?.type === 'content/judge-items' ? parsed.items : [];
    expect(clipped).toEqual(withinLimits(huge));
    expect(untouched).toEqual(message);
    expect(clipped?.text).toHaveLength(20_000);
    expect(clipped?.text.startsWith('word word')).toBe(true);
    expect(clipped?.author).toEqual({ name: 'A'.repeat(200), profileUrl: `/in/${'a'.repeat(496)}` });
    expect(clipped?.mentions).toHaveLength(200);
    expect(clipped?.hashtags).toHaveLength(200);
    expect(clipped?.hashtags[0]).toHaveLength(200);
    expect(clipped?.threadParticipants).toHaveLength(1000);
  });
});

describe('judgeItemsMessage', () => {
  const participants = ['/in/eve', '/in/dee', '/in/fay'];
  const thread = [1, 2, 3].map((n): Item => ({ ...comment, id: `urn:li:comment:(activity:7,${n})`, threadParticipants: participants }));
  const other: Item = { ...comment, id: 'urn:li:comment:(activity:8,1)', threadParticipants: ['/in/gus'] };

  test("sends a thread's participants once, however many of its comments are judged, and the worker gives each comment its list back", () => {
    const items = [...thread, message, other];
    const sent = judgeItemsMessage(items);
    expect(sent.participantLists).toEqual([participants, ['/in/gus']]);
    expect(sent.participantsOf).toEqual([0, 0, 0, -1, 1]);
    expect(sent.items.map((item) => item.threadParticipants)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    // Chromium's messaging is JSON: each path crosses once. Firefox's is a structured clone.
    expect(JSON.stringify(sent).split('/in/eve')).toHaveLength(2);
    expect(parseMessage(JSON.parse(JSON.stringify(sent)))).toEqual({ type: 'content/judge-items', items });
    expect(parseMessage(structuredClone(sent))).toEqual({ type: 'content/judge-items', items });
  });

  test('leaves the items as they are when none has participants, and does not change what the scanner holds', () => {
    expect(judgeItemsMessage([message])).toEqual({ type: 'content/judge-items', items: [message] });
    judgeItemsMessage(thread);
    expect(thread[0]?.threadParticipants).toBe(participants);
  });

  test.each([
    ['an index past the lists', { participantLists: [participants], participantsOf: [1] }],
    ['an index below -1', { participantLists: [participants], participantsOf: [-2] }],
    ['fewer indexes than items', { participantLists: [participants], participantsOf: [] }],
    ['indexes without lists', { participantsOf: [0] }],
    ['lists that are not paths', { participantLists: [[7]], participantsOf: [0] }],
  ])('the worker rejects %s', (_name, index) => {
    expect(parseMessage({ ...judge([comment]), ...index })).toBeNull();
  });
});
