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

interface ThreadRecord {
  /** The batch in which the thread first appeared; its messages then are history, not arrivals. */
  firstBatch: number;
  messages: Map<string, ThreadMessage>;
  participantName: string;
  templated: boolean;
}

export class ThreadTracker {
  readonly #threads = new Map<string, ThreadRecord>();
  #batch = 0;

  /** Starts a new batch of page changes; messages of a thread first seen in an earlier batch can be arrivals. */
  nextBatch(): void {
    this.#batch += 1;
  }

  /**
   * Records one message of a thread once (repeat sightings are ignored). True when it has just
   * arrived in a thread that was already open: sent or received now, not loaded with the thread.
   */
  see(thread: string, message: SeenMessage, now: number): boolean {
    let record = this.#threads.get(thread);
    if (!record) {
      record = { firstBatch: this.#batch, messages: new Map(), participantName: '', templated: false };
      this.#threads.set(thread, record);
    }
    if (record.messages.has(message.id)) return false;
    // Without a send time, the first sighting is the best estimate LinkedIn's markup allows.
    record.messages.set(message.id, { direction: message.direction, at: message.sentAt ?? now });
    const recent = message.sentAt === undefined || now - message.sentAt <= ARRIVAL_WINDOW_MS;
    return record.firstBatch !== this.#batch && recent;
  }

  noteParticipant(thread: string, name: string): void {
    const record = this.#threads.get(thread);
    if (record && name !== '') record.participantName = name;
  }

  /** An inbound message of the thread was flagged as templated: the thread is a pitch, not a conversation. */
  noteTemplated(thread: string): void {
    const record = this.#threads.get(thread);
    if (record) record.templated = true;
  }

  participantName(thread: string): string {
    return this.#threads.get(thread)?.participantName ?? '';
  }

  isTemplated(thread: string): boolean {
    return this.#threads.get(thread)?.templated ?? false;
  }

  stats(thread: string, now: number): ThreadStats {
    return threadStats([...(this.#threads.get(thread)?.messages.values() ?? [])], now);
  }
}
