import { describe, expect, test } from 'vitest';
import { parseMessage } from '../src/messages';

const HASH = '0123456789abcdef0123456789abcdef';
const verdict = { pattern: 'tag-hijack', level: 'high', score: 0.9, reasons: ['mentions-many'] };

describe('parseMessage', () => {
  test.each([
    ['items seen', { type: 'content/items-seen', items: [{ id: HASH, kind: 'comment', verdicts: [verdict] }] }],
    ['an item with no verdict', { type: 'content/items-seen', items: [{ id: HASH, kind: 'post', verdicts: [] }] }],
    ['a correction', { type: 'content/correction', id: HASH, pattern: 'templated' }],
    ['page state', { type: 'content/page-state' }],
    ['the weekly summary', { type: 'page/weekly-summary' }],
    ['the nudge state', { type: 'content/nudge-state' }],
    ['a nudge snooze', { type: 'content/nudge-snooze' }],
    ['a suggested call', { type: 'content/call-event', kind: 'suggested', threadId: HASH }],
    ['a sent message to check for a proposal', { type: 'content/call-event', kind: 'proposed', threadId: HASH, sentText: 'Tue 14:00?', offeredTimes: 'Tue 14:00 (CET)' }],
    ['a call draft request', { type: 'content/call-draft', participantName: 'Ana Ruiz', threadId: HASH, eventTitle: 'Call with Ana Ruiz', eventDetails: 'https://www.linkedin.com/messaging/thread/2-abc/' }],
    ['a display name to greet by', { type: 'content/first-name', displayName: 'Dr. Ana Ruiz 🚀 | Growth' }],
  ])('accepts %s', (_name, raw) => {
    expect(parseMessage(raw)).toEqual(raw);
  });

  test.each([
    ['nothing', undefined],
    ['a string', 'content/page-state'],
    ['an unknown type', { type: 'content/delete-everything' }],
    ['an inherited type name', { type: 'toString' }],
    ['an unhashed id', { type: 'content/correction', id: 'urn:li:comment:1', pattern: 'templated' }],
    ['an unknown pattern', { type: 'content/correction', id: HASH, pattern: 'spam' }],
    ['a score above 1', { type: 'content/items-seen', items: [{ id: HASH, kind: 'comment', verdicts: [{ ...verdict, score: 2 }] }] }],
    ['level none', { type: 'content/items-seen', items: [{ id: HASH, kind: 'comment', verdicts: [{ ...verdict, level: 'none' }] }] }],
    ['an unknown kind', { type: 'content/items-seen', items: [{ id: HASH, kind: 'story', verdicts: [] }] }],
    ['items that are not a list', { type: 'content/items-seen', items: { id: HASH } }],
    ['an oversized batch', { type: 'content/items-seen', items: Array.from({ length: 501 }, () => ({ id: HASH, kind: 'post', verdicts: [] })) }],
    ['message text smuggled as a reason', { type: 'content/items-seen', items: [{ id: HASH, kind: 'message', verdicts: [{ ...verdict, reasons: ['x'.repeat(65)] }] }] }],
    ['a suggestion carrying message text', { type: 'content/call-event', kind: 'suggested', threadId: HASH, sentText: 'hello' }],
    ['offered times without a sent message', { type: 'content/call-event', kind: 'proposed', threadId: HASH, offeredTimes: 'Tue 14:00 (CET)' }],
    ['an oversized sent message', { type: 'content/call-event', kind: 'proposed', threadId: HASH, sentText: 'x'.repeat(20_001) }],
    ['a call draft for an unhashed thread', { type: 'content/call-draft', participantName: 'Ana', threadId: 'thread-1', eventTitle: 'Call', eventDetails: '' }],
    ['a call draft with an overlong event title', { type: 'content/call-draft', participantName: 'Ana', threadId: HASH, eventTitle: 'x'.repeat(501), eventDetails: '' }],
    ['a call draft without its event title', { type: 'content/call-draft', participantName: 'Ana', threadId: HASH, eventDetails: '' }],
    ['an overlong display name', { type: 'content/first-name', displayName: 'A'.repeat(201) }],
  ])('rejects %s', (_name, raw) => {
    expect(parseMessage(raw)).toBeNull();
  });
});
