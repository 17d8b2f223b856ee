import type { Message, Responses } from '../messages';
import type { Store } from '../store';
import { dayKey, firstDayOfWeek } from '../store/local-days';

export interface Clock {
  now: () => number;
  timeZone: () => string;
  locale: () => string;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
  locale: () => Intl.DateTimeFormat().resolvedOptions().locale,
};

type Handlers = { [T in Message['type']]: (message: Extract<Message, { type: T }>) => Promise<Responses[T]> };

/** What the background does for each protocol message; the store is its only side effect. */
export function messageHandlers(store: Store, clock: Clock = systemClock): Handlers {
  const today = (at: number): string => dayKey(at, clock.timeZone());
  return {
    'content/items-seen': async ({ items }) => {
      const at = clock.now();
      const added = await store.recordSeen(items.map((item) => ({ ...item, at, dayKey: today(at) })));
      return { added };
    },
    'content/correction': async ({ id, pattern }) => {
      const at = clock.now();
      await store.recordCorrection(id, pattern, at, today(at));
      return { ok: true };
    },
    'content/page-state': async () => ({ correctedIds: await store.correctedIds() }),
    'page/weekly-summary': () =>
      store.weeklySummary(clock.now(), { timeZone: clock.timeZone(), weekStartsOn: firstDayOfWeek(clock.locale()) }),
  };
}

export function handleMessage(handlers: Handlers, message: Message): Promise<Responses[Message['type']]> {
  const handler = handlers[message.type] as (m: Message) => Promise<Responses[Message['type']]>;
  return handler(message);
}
