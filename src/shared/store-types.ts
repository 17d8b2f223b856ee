// Every shape that crosses from the store to the popup and options page. Plain, JSON-serialisable data
// only: the pages receive these through messages and must not import src/store.
import type { ItemKind, Pattern } from '../detect/types';

export type FlagLevel = 'low' | 'high';

export interface SeenVerdict {
  pattern: Pattern;
  level: FlagLevel;
  score: number;
  /** Reason codes such as `mentions-many`; never page text. */
  reasons: string[];
}

export interface SeenEvent {
  /** Already hashed by the caller. */
  id: string;
  kind: ItemKind;
  /** Epoch ms. */
  at: number;
  /** The user's local day, `YYYY-MM-DD` (see `dayKey` in src/store/local-days.ts). */
  dayKey: string;
  verdicts: SeenVerdict[];
}

/** A seen item as stored: its verdicts merged over every sighting, and the patterns the user withdrew. */
export interface StoredEvent extends SeenEvent {
  corrected: Pattern[];
}

export interface CorrectionRow {
  id: string;
  pattern: Pattern;
  at: number;
  dayKey: string;
}

export type CallEventKind = 'suggested' | 'proposed';

export interface CallEvent {
  kind: CallEventKind;
  /** Hashed. */
  threadId: string;
  at: number;
  dayKey: string;
}

export interface ConversationStat {
  /** Hashed. */
  threadId: string;
  participantName: string;
  threadUrl: string;
  inLast7d: number;
  outLast7d: number;
  /** Longest run of alternating turns (in, out, in, …) in the thread. */
  longestRun: number;
  /** Epoch ms of the last message either way. */
  lastActivity: number;
  templated: boolean;
}

/** A received text's fingerprint as the worker hands it to the store: hashed sender and conversation. */
export interface ReceivedFingerprint {
  fp: string;
  sender: string;
  thread?: string;
}

export interface FingerprintRow {
  /** 64-bit SimHash, 16 lowercase hex digits. */
  fp: string;
  /** Hashed sender. */
  sender: string;
  /**
   * Hashed conversation the text was received in, when known: several people writing the same words in one
   * conversation (a group's "congratulations!", a quote) are not a template sent to many.
   */
  thread?: string;
  at: number;
  /** The fingerprint cut into eight 8-bit bands (`0:ab`…): near-identical fingerprints share at least one. */
  bands: string[];
}

export type SelectorSurface = 'feed' | 'comments' | 'messages' | 'invitations';

export const SELECTOR_SURFACES: readonly SelectorSurface[] = ['feed', 'comments', 'messages', 'invitations'];

export interface SelectorHealthReport {
  surface: SelectorSurface;
  ok: boolean;
  at: number;
}

export interface SelectorHealth extends SelectorHealthReport {
  /** When the surface entered its current state (ok or failing): "stopped matching 3 days ago". */
  since: number;
}

export interface LevelCounts {
  low: number;
  high: number;
}

/** What a day (or a week, summed) counts. Corrected flags are already taken out. */
export interface Counts {
  seen: Record<ItemKind, number>;
  /** Items of each kind that carry at least one flag the user has not corrected. */
  broadcast: Record<ItemKind, number>;
  flagged: Record<ItemKind, Record<Pattern, LevelCounts>>;
  corrections: number;
  feedMs: number;
  callsSuggested: number;
  callsProposed: number;
}

/** One local day's counts, as stored: the popup reads these, never the events. */
export interface DayRollup extends Counts {
  dayKey: string;
}

export interface WeekTotals extends Counts {
  /** Share of posts seen that were flagged, in [0, 1]; null when no post was seen. */
  broadcastShare: number | null;
  tagHijackComments: number;
  templatedMessages: number;
  templatedInvites: number;
  engagementBait: number;
  podComments: number;
}

export interface WeekSummary {
  /** First local day of the week. */
  startDayKey: string;
  /** Last local day of the week (inclusive). */
  endDayKey: string;
  totals: WeekTotals;
}

export interface DayPoint {
  dayKey: string;
  itemsSeen: number;
  postsSeen: number;
  broadcast: number;
  feedMs: number;
  callsProposed: number;
}

export interface WeeklySummary {
  generatedAt: number;
  timeZone: string;
  weekStartsOn: 1 | 6 | 7;
  thisWeek: WeekSummary;
  lastWeek: WeekSummary;
  /**
   * Last week from its first day through the weekday that today is, so that this week so far is
   * compared with as much of last week (by whole local days, as rollups are kept).
   */
  lastWeekSoFar: WeekSummary;
  /** This week, one entry per local day from its first day, 7 entries. */
  days: DayPoint[];
  /** At most three, most active first. */
  conversations: ConversationStat[];
  selectorHealth: SelectorHealth[];
  /** Nothing has ever been recorded: the popup shows its first-run explanation. */
  isEmpty: boolean;
}

export interface ExportedData {
  format: 'not-so-social-export';
  schemaVersion: number;
  exportedAt: number;
  events: StoredEvent[];
  rollups: DayRollup[];
  corrections: CorrectionRow[];
  callEvents: CallEvent[];
  conversations: ConversationStat[];
  fingerprints: FingerprintRow[];
  selectorHealth: SelectorHealth[];
}
