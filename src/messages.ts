// The one protocol between the content script, the background worker and the extension pages.
// Message names say their direction: `content/…` comes from a LinkedIn tab, `page/…` from the popup
// or the options page. The background answers each with the matching entry of `Responses`.
import type { ItemKind, Pattern } from './detect/types';
import { PATTERNS } from './detect/types';
import type { SeenEvent, SeenVerdict, WeeklySummary } from './shared/store-types';

/** One item the page saw: hashed id (src/shared/hash-id.ts), kind, and verdicts as reason codes only. */
export type ItemReport = Omit<SeenEvent, 'at' | 'dayKey'>;

export interface PageState {
  correctedIds: string[];
}

export type ContentMessage =
  | { type: 'content/items-seen'; items: ItemReport[] }
  | { type: 'content/correction'; id: string; pattern: Pattern }
  | { type: 'content/page-state' };

export type PageMessage = { type: 'page/weekly-summary' };

export type Message = ContentMessage | PageMessage;

export interface Responses {
  'content/items-seen': { added: number };
  'content/correction': { ok: true };
  'content/page-state': PageState;
  'page/weekly-summary': WeeklySummary;
}

export type ResponseTo<M extends Message> = Responses[M['type']];

type Fields = Record<string, unknown>;

const ITEM_KINDS: readonly ItemKind[] = ['post', 'comment', 'message', 'invite'];
const MAX_BATCH = 500;

const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isHash = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f]{32}$/.test(value);
const isPattern = (value: unknown): value is Pattern => PATTERNS.includes(value as Pattern);
const isShortString = (value: unknown): value is string => typeof value === 'string' && value.length <= 64;

function isVerdict(value: unknown): value is SeenVerdict {
  return (
    isRecord(value) &&
    isPattern(value.pattern) &&
    (value.level === 'low' || value.level === 'high') &&
    typeof value.score === 'number' &&
    value.score >= 0 &&
    value.score <= 1 &&
    Array.isArray(value.reasons) &&
    value.reasons.length <= 32 &&
    value.reasons.every(isShortString)
  );
}

function isItemReport(value: unknown): value is ItemReport {
  return (
    isRecord(value) &&
    isHash(value.id) &&
    ITEM_KINDS.includes(value.kind as ItemKind) &&
    Array.isArray(value.verdicts) &&
    value.verdicts.length <= PATTERNS.length &&
    value.verdicts.every(isVerdict)
  );
}

const shapeOf: Record<Message['type'], (m: Fields) => boolean> = {
  'content/items-seen': (m) => Array.isArray(m.items) && m.items.length <= MAX_BATCH && m.items.every(isItemReport),
  'content/correction': (m) => isHash(m.id) && isPattern(m.pattern),
  'content/page-state': () => true,
  'page/weekly-summary': () => true,
};

/** The message, if `raw` is exactly one of ours; anything else is ignored by the caller. */
export function parseMessage(raw: unknown): Message | null {
  if (!isRecord(raw) || typeof raw.type !== 'string' || !Object.hasOwn(shapeOf, raw.type)) return null;
  const check = shapeOf[raw.type as Message['type']];
  return check(raw) ? (raw as unknown as Message) : null;
}

export const isContentMessage = (m: Message): m is ContentMessage => m.type.startsWith('content/');
