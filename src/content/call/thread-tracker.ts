// What the page has shown of each message thread, kept in the tab only: who sent each message and when,
// so the thread's stats can be reported (no text), and which outgoing messages are new, so a sent call
// proposal can be noticed.
import { threadStats, type ThreadMessage, type ThreadStats } from '../../call/thread-stats';

export interface SeenMessage {
  /** The message urn. */
  id: string;
  direction: 'in' | 'out';
  /** Epoch ms from the urn, when it carries one. */
  sentAt?: number;
}

/**
 * A message counts as just arrived only if it was sent within this window: LinkedIn also adds older
 * messages to an open thread when the user scrolls up, and those were not sent now.
 */
export const ARRIVAL_WINDOW_MS = 10 * 60_000;

export type Sighting = 'arrived' | 'loaded' | 'repeat';

interface ThreadRecord {
  /** The batch in which the thread first appeared; its messages then are history, not arrivals. */
  firstBatch: number;
  messages: Map<string, ThreadMessage>;
  participantName: string;
  inbound: number;
  templatedInbound: number;
}

export class ThreadTracker {
  readonly #threads = new Map<string, ThreadRecord>();
  #batch = 0;

  /** Starts a new batch of page changes; messages of a thread first seen in an earlier batch can be arrivals. */
  nextBatch(): void {
    this.#batch += 1;
  }

  /**
   * Records one message of a thread once. 'arrived' when it appeared in a thread that was already
   * open and was sent just now; 'loaded' when it came with the thread or from its history; 'repeat'
   * when it was seen before (LinkedIn re-renders rows).
   */
  see(thread: string, message: SeenMessage, now: number): Sighting {
    let record = this.#threads.get(thread);
    if (!record) {
      record = { firstBatch: this.#batch, messages: new Map(), participantName: '', inbound: 0, templatedInbound: 0 };
      this.#threads.set(thread, record);
    }
    if (record.messages.has(message.id)) return 'repeat';
    // Without a send time, the first sighting is the best estimate LinkedIn's markup allows.
    record.messages.set(message.id, { direction: message.direction, at: message.sentAt ?? now });
    if (message.direction === 'in') record.inbound += 1;
    const recent = message.sentAt === undefined || now - message.sentAt <= ARRIVAL_WINDOW_MS;
    return record.firstBatch !== this.#batch && recent ? 'arrived' : 'loaded';
  }

  noteParticipant(thread: string, name: string): void {
    const record = this.#threads.get(thread);
    if (record && name !== '') record.participantName = name;
  }

  /** One inbound message of the thread (seen with `see`) was flagged as templated. */
  noteTemplated(thread: string): void {
    const record = this.#threads.get(thread);
    if (record) record.templatedInbound += 1;
  }

  participantName(thread: string): string {
    return this.#threads.get(thread)?.participantName ?? '';
  }

  /**
   * A pitch rather than a conversation: at least half of what the other side wrote was templated. Not
   * "any": LinkedIn's own stock openers ("Looking forward to connecting") start many real conversations,
   * the saved real thread among them, and one such line must not rule a long exchange out of a call.
   */
  isTemplated(thread: string): boolean {
    const record = this.#threads.get(thread);
    return record !== undefined && record.templatedInbound > 0 && record.templatedInbound * 2 >= record.inbound;
  }

  stats(thread: string, now: number): ThreadStats {
    return threadStats([...(this.#threads.get(thread)?.messages.values() ?? [])], now);
  }
}
