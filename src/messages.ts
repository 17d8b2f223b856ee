// The one protocol between the content script, the background worker and the extension pages.
// Message names say their direction: `content/…` comes from a LinkedIn tab, `page/…` from the popup
// or the options page. The background answers each with the matching entry of `Responses`.
import type { Item, ItemKind, Pattern, Person, Verdict } from './detect/types';
import { PATTERNS } from './detect/types';
import type { ProposalKind, Settings, SettingsError } from './shared/settings';
import type { ConversationStat, ExportedData, SelectorSurface, WeeklySummary } from './shared/store-types';
import { SELECTOR_SURFACES } from './shared/store-types';

/**
 * The worker's answer for one item the page read: its id hashed (src/shared/hash-id.ts), as the store
 * and corrections know it, and its verdicts with their reasons' text, ready for the label.
 */
export interface JudgedItem {
  id: string;
  verdicts: Verdict[];
}

export interface PageState {
  correctedIds: string[];
  settings: Settings;
}

/** What a recipient would notice in a message draft, by the templated detector's own rules. */
export interface DraftSignals {
  /** The first unfilled placeholder, as written (`{first_name}`), or null. */
  placeholder: string | null;
  /** Whether it opens like a stock template. */
  stockOpener: boolean;
}

/** The worker's answer to a thread's counts. */
export interface ConversationAnswer {
  /** This report lifted the thread among the conversations that most deserve a call: it gets its note. */
  newlyDeserving: boolean;
  /** The first name the note greets by, from a display name such as "Dr. Ana Ruiz 🚀 | Growth" ('' when it shows none). */
  firstName: string;
}

/** What the feed nudge needs from the background: today's feed time so far, and whether the user snoozed it today. */
export interface NudgeState {
  feedMsToday: number;
  snoozedToday: boolean;
}

/**
 * What "Suggest a call" asks the background for: the page knows the person and the thread, and words
 * the event in the browser's language; the background knows the settings and does the calendar maths.
 */
export interface CallDraftRequest {
  participantName: string;
  /** Hashed thread id: the .ics uid, so that importing the same slot twice updates one event. */
  threadId: string;
  /** Localised "Call with Ana Ruiz". */
  eventTitle: string;
  /** Localised text holding the thread's URL. */
  eventDetails: string;
}

/** One time the calendar row offers, ready to show: nothing is left to compute in the page. */
export interface OfferedSlot {
  /** ISO instants. */
  start: string;
  end: string;
  /** As the draft writes it, e.g. "Tue 14:00 (CET)". */
  label: string;
  google: string;
  outlook: string;
  icsText: string;
}

export interface CallDraft {
  text: string;
  proposal: ProposalKind;
  /** The times the text itself offers ('' unless it offers times): a sent message holding them is a proposal. */
  offeredTimes: string;
  /** The calendar shortcuts: none for a scheduling link (the tool makes the event). */
  slots: OfferedSlot[];
  icsFileName: string;
}

/**
 * Parts of the page-side code kept out of the script every LinkedIn page gets: the worker injects each
 * into a tab only when the page needs it (src/background/script-injection.ts says where each is built).
 */
export const INJECTED_PARTS = ['call', 'nudge-banner', 'mirror-hints', 'display-modes', 'feed-time'] as const;
export type InjectedPart = (typeof INJECTED_PARTS)[number];

/**
 * Items the page read, judged and recorded by the worker with the user's settings. Their text is only
 * read there, in memory: the store keeps the hashed id, kind and verdicts' reason codes, and for a
 * received message or invitation note its text's fingerprint with the hashed sender. A `sameTextSenders`
 * sent with an item is ignored: the worker counts it.
 *
 * As sent (judgeItemsMessage), the comments of one thread leave their shared `threadParticipants` out and
 * name it by index into `participantLists` (`participantsOf[i]`, -1 for none): Chromium serialises messages
 * as JSON, which would copy the list into every comment, n² paths for a thread of n commenters. parseMessage
 * puts each list back into its items.
 */
export interface JudgeItemsMessage {
  type: 'content/judge-items';
  items: Item[];
  participantLists?: string[][];
  participantsOf?: number[];
}

export type ContentMessage =
  | JudgeItemsMessage
  /** A message draft the user is writing; only looked at, never kept. */
  | { type: 'content/draft-signals'; text: string }
  | { type: 'content/correction'; id: string; pattern: Pattern }
  | { type: 'content/page-state' }
  | { type: 'content/feed-time'; ms: number }
  | { type: 'content/selector-health'; surface: SelectorSurface; ok: boolean }
  | { type: 'content/conversation'; conversation: ConversationStat }
  /**
   * With `sentText` (a message the user just sent), a 'proposed' event is recorded only if that text
   * holds their link, room, phone or `offeredTimes`; the text itself is never kept.
   */
  | { type: 'content/call-event'; kind: 'suggested' | 'proposed'; threadId: string; sentText?: string; offeredTimes?: string }
  | ({ type: 'content/call-draft' } & CallDraftRequest)
  | { type: 'content/call-candidates' }
  | { type: 'content/nudge-state' }
  | { type: 'content/nudge-snooze' }
  /**
   * The page needs one of the injected parts (a composer or messages need the call feature, a due nudge
   * its banner, the user's first edit of a draft the mirror hints): the worker injects that part's script
   * into the sending tab and frame. `injected` is false when it could not.
   */
  | { type: 'content/inject-script'; part: InjectedPart };

export type PageMessage =
  | { type: 'page/weekly-summary' }
  | { type: 'page/get-settings' }
  /** Validated by the background against src/shared/settings.ts; a bad value is answered with errors. */
  | { type: 'page/save-settings'; settings: unknown }
  | { type: 'page/export' }
  | { type: 'page/delete-all' };

export type Message = ContentMessage | PageMessage;

export interface Responses {
  /** One answer per item, in order. */
  'content/judge-items': { judged: JudgedItem[] };
  'content/draft-signals': DraftSignals;
  'content/correction': { ok: true };
  'content/page-state': PageState;
  'content/feed-time': { ok: true };
  'content/selector-health': { ok: true };
  'content/conversation': ConversationAnswer;
  'content/call-event': { ok: true };
  'content/call-draft': CallDraft;
  'content/call-candidates': { conversations: ConversationStat[] };
  'content/nudge-state': NudgeState;
  'content/nudge-snooze': { ok: true };
  'content/inject-script': { injected: boolean };
  'page/weekly-summary': WeeklySummary;
  'page/get-settings': Settings;
  'page/save-settings': { ok: true; settings: Settings } | { ok: false; errors: SettingsError[] };
  'page/export': ExportedData;
  'page/delete-all': { ok: true };
}

export type ResponseTo<M extends Message> = Responses[M['type']];

type Fields = Record<string, unknown>;

const ITEM_KINDS: readonly ItemKind[] = ['post', 'comment', 'message', 'invite'];
/** Items per `content/judge-items`: a scan slice or a long page's first scan fits, a runaway page cannot flood the worker. */
export const MAX_JUDGE_BATCH = 500;
/** Room for any message a person writes on LinkedIn, while a runaway page cannot send megabytes. */
export const MAX_SENT_TEXT = 20_000;
const MAX_ID = 500;
const MAX_NAME = 200;
const MAX_PEOPLE = 200;
const MAX_PARTICIPANTS = 1000;

const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isHash = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f]{32}$/.test(value);
const isPattern = (value: unknown): value is Pattern => PATTERNS.includes(value as Pattern);
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) < 1e6;
const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;
const isTime = (value: unknown): value is number => Number.isFinite(value) && (value as number) > 0;
const isList = <T>(value: unknown, max: number, each: (entry: unknown) => entry is T): value is T[] =>
  Array.isArray(value) && value.length <= max && value.every(each);
const isOptional = <T>(value: unknown, check: (v: unknown) => v is T): boolean => value === undefined || check(value);
const isFlag = (value: unknown): value is boolean => typeof value === 'boolean';
const isString = (value: unknown): value is string => typeof value === 'string';
const isArrayOf = <T>(value: unknown, each: (entry: unknown) => entry is T): value is T[] => Array.isArray(value) && value.every(each);
const isPaths = (value: unknown): value is string[] => isArrayOf(value, isString);

function isConversation(value: unknown): value is ConversationStat {
  return (
    isRecord(value) &&
    isHash(value.threadId) &&
    typeof value.participantName === 'string' &&
    value.participantName.length <= 200 &&
    typeof value.threadUrl === 'string' &&
    value.threadUrl.startsWith('https://www.linkedin.com/messaging/') &&
    value.threadUrl.length <= 500 &&
    isCount(value.inLast7d) &&
    isCount(value.outLast7d) &&
    isCount(value.longestRun) &&
    isTime(value.lastActivity) &&
    typeof value.templated === 'boolean'
  );
}

const isPerson = (value: unknown): value is Person =>
  isRecord(value) && isString(value.name) && isOptional(value.profileUrl, isString);

/**
 * An item's shape, at any size: the worker cuts it to the limits itself (withinLimits), so the page does
 * not copy every item it sends to clip the rare huge one, and one odd item never gets its batch refused.
 */
function isItem(value: unknown): value is Item {
  return (
    isRecord(value) &&
    isString(value.id) &&
    ITEM_KINDS.includes(value.kind as ItemKind) &&
    isString(value.text) &&
    isOptional(value.author, isPerson) &&
    isArrayOf(value.mentions, isPerson) &&
    isArrayOf(value.hashtags, isString) &&
    isOptional(value.threadId, isString) &&
    isOptional(value.authorIsPostAuthor, isFlag) &&
    isOptional(value.threadParticipants, isPaths) &&
    isOptional(value.direction, (v): v is 'in' | 'out' => v === 'in' || v === 'out') &&
    isOptional(value.isFirstInThread, isFlag) &&
    isOptional(value.sameTextSenders, isCount) &&
    isOptional(value.repeatedMentionList, isFlag)
  );
}

const clipPerson = (person: Person): Person =>
  person.profileUrl === undefined
    ? { name: person.name.slice(0, MAX_NAME) }
    : { name: person.name.slice(0, MAX_NAME), profileUrl: person.profileUrl.slice(0, MAX_ID) };

/**
 * The item cut to what the worker judges: a huge post or a thread with thousands of commenters costs the
 * detectors and the store no more than a large one. Nothing a detector weighs is lost.
 */
export function withinLimits(item: Item): Item {
  const clipped: Item = {
    ...item,
    id: item.id.slice(0, MAX_ID),
    text: item.text.slice(0, MAX_SENT_TEXT),
    mentions: item.mentions.slice(0, MAX_PEOPLE).map(clipPerson),
    hashtags: item.hashtags.slice(0, MAX_PEOPLE).map((tag) => tag.slice(0, MAX_NAME)),
  };
  if (item.author) clipped.author = clipPerson(item.author);
  if (item.threadId !== undefined) clipped.threadId = item.threadId.slice(0, MAX_ID);
  if (item.threadParticipants) clipped.threadParticipants = item.threadParticipants.slice(0, MAX_PARTICIPANTS).map((p) => p.slice(0, MAX_ID));
  return clipped;
}

/** The judge message for `items`, each thread's participants sent once (see JudgeItemsMessage). */
export function judgeItemsMessage(items: Item[]): JudgeItemsMessage {
  const participantLists: string[][] = [];
  // A scan touches a few threads, and a thread's comments share one list: found by identity.
  const participantsOf = items.map(({ threadParticipants: list }) => {
    if (!list) return -1;
    const index = participantLists.indexOf(list);
    return index < 0 ? participantLists.push(list) - 1 : index;
  });
  if (participantLists.length === 0) return { type: 'content/judge-items', items };
  const sent = items.map((item) => (item.threadParticipants ? { ...item, threadParticipants: undefined } : item));
  return { type: 'content/judge-items', items: sent, participantLists, participantsOf };
}

/** A judge message's shared participant lists and, per item, the index of its list or -1. */
function hasParticipantIndex(m: Fields, items: unknown[]): boolean {
  if (m.participantLists === undefined && m.participantsOf === undefined) return true;
  const lists = m.participantLists;
  return (
    isArrayOf(lists, isPaths) &&
    isList(m.participantsOf, items.length, (v): v is number => Number.isInteger(v) && (v as number) >= -1 && (v as number) < lists.length) &&
    (m.participantsOf as number[]).length === items.length
  );
}

/** The items with their participant lists back in place, cut to the limits. */
function itemsJudged(message: JudgeItemsMessage): Item[] {
  const { items, participantLists, participantsOf } = message;
  return items.map((item, i) => {
    const list = participantLists?.[participantsOf?.[i] ?? -1];
    return withinLimits(list ? { ...item, threadParticipants: list } : item);
  });
}

const shapeOf: Record<Message['type'], (m: Fields) => boolean> = {
  'content/judge-items': (m) => isList(m.items, MAX_JUDGE_BATCH, isItem) && hasParticipantIndex(m, m.items),
  'content/draft-signals': (m) => isText(m.text, MAX_SENT_TEXT),
  'content/correction': (m) => isHash(m.id) && isPattern(m.pattern),
  'content/page-state': () => true,
  'content/feed-time': (m) => typeof m.ms === 'number' && m.ms > 0 && m.ms <= 3_600_000,
  'content/selector-health': (m) => SELECTOR_SURFACES.includes(m.surface as SelectorSurface) && typeof m.ok === 'boolean',
  'content/conversation': (m) => isConversation(m.conversation),
  'content/call-event': (m) =>
    (m.kind === 'suggested' || m.kind === 'proposed') &&
    isHash(m.threadId) &&
    (m.sentText === undefined || (m.kind === 'proposed' && isText(m.sentText, MAX_SENT_TEXT))) &&
    (m.offeredTimes === undefined || (m.sentText !== undefined && isText(m.offeredTimes, 500))),
  'content/call-draft': (m) =>
    isText(m.participantName, 200) && isHash(m.threadId) && isText(m.eventTitle, 500) && isText(m.eventDetails, 5000),
  'content/call-candidates': () => true,
  'content/nudge-state': () => true,
  'content/nudge-snooze': () => true,
  'content/inject-script': (m) => INJECTED_PARTS.includes(m.part as InjectedPart),
  'page/weekly-summary': () => true,
  'page/get-settings': () => true,
  'page/save-settings': (m) => isRecord(m.settings),
  'page/export': () => true,
  'page/delete-all': () => true,
};

/** The message, if `raw` is exactly one of ours; anything else is ignored by the caller. */
export function parseMessage(raw: unknown): Message | null {
  if (!isRecord(raw) || typeof raw.type !== 'string' || !Object.hasOwn(shapeOf, raw.type)) return null;
  const check = shapeOf[raw.type as Message['type']];
  if (!check(raw)) return null;
  const message = raw as unknown as Message;
  return message.type === 'content/judge-items' ? { type: message.type, items: itemsJudged(message) } : message;
}

export const isContentMessage = (m: Message): m is ContentMessage => m.type.startsWith('content/');
