import { firstName } from '../call/first-name';
import { containsProposal } from '../call/proposal-sent';
import type { InjectedPart, Message, Responses } from '../messages';
import type { Settings, SettingsValidation } from '../shared/settings';
import type { Store } from '../store';
import { dayKey, firstDayOfWeek } from '../store/local-days';
import { callDraft } from './call-draft';
import type { InjectionTarget } from './script-injection';
import { draftSignals } from './draft-signals';
import { judgeItems, seenVerdicts } from './judge-items';

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

export interface SettingsAccess {
  load: () => Promise<Settings>;
  save: (input: unknown) => Promise<SettingsValidation>;
  /** Back to defaults, with every other preference kept beside the settings (the nudge's snooze, the badge). */
  clear: () => Promise<void>;
}

/** Where the day the user snoozed the feed nudge is kept (a `YYYY-MM-DD` local day). */
export interface NudgeSnoozeAccess {
  load: () => Promise<string | null>;
  save: (dayKey: string) => Promise<void>;
}

export interface BackgroundDeps {
  store: Store;
  settings: SettingsAccess;
  clock: Clock;
  /** The popup has shown this week's summary: the "new summary" badge can go. */
  summaryShown: () => Promise<void>;
  /** Without it the nudge cannot be snoozed. */
  nudgeSnooze?: NudgeSnoozeAccess;
  /** Injects one part's script into a LinkedIn frame; without it the page goes on without the injected parts. */
  injectScript?: (part: InjectedPart, target: InjectionTarget) => Promise<boolean>;
}

/** Where a message came from, as the browser says: only a tab's content script has both. */
export interface MessageOrigin {
  tabId?: number;
  frameId?: number;
}

type Handlers = { [T in Message['type']]: (message: Extract<Message, { type: T }>, origin?: MessageOrigin) => Promise<Responses[T]> };

const OK = { ok: true } as const;

/** What the background does for each protocol message; the store is its only lasting side effect. */
export function messageHandlers({ store, settings, clock, summaryShown, nudgeSnooze, injectScript }: BackgroundDeps): Handlers {
  const today = (at: number): string => dayKey(at, clock.timeZone());
  return {
    'content/judge-items': async ({ items }) => {
      const at = clock.now();
      const judged = await judgeItems(items, await settings.load(), { log: store, at });
      // Answered only once written: a reply lost with a stopped worker makes the page ask again, and
      // the store counts an id once.
      await store.recordSeen(judged.map(({ id, verdicts }, i) => ({ id, kind: items[i]!.kind, at, dayKey: today(at), verdicts: seenVerdicts(verdicts) })));
      return { judged };
    },
    'content/draft-signals': async ({ text }) => draftSignals(text),
    'content/correction': async ({ id, pattern }) => {
      const at = clock.now();
      await store.recordCorrection(id, pattern, at, today(at));
      return OK;
    },
    'content/page-state': async () => ({ correctedIds: await store.correctedIds(), settings: await settings.load() }),
    'content/feed-time': async ({ ms }) => {
      await store.addFeedTime(today(clock.now()), ms);
      return OK;
    },
    'content/selector-health': async ({ surface, ok }) => {
      await store.recordSelectorHealth({ surface, ok, at: clock.now() });
      return OK;
    },
    'content/conversation': async ({ conversation }) => {
      const deserving = async (): Promise<boolean> =>
        (await store.conversationsDeservingCall(clock.now())).some((c) => c.threadId === conversation.threadId);
      const before = await deserving();
      await store.upsertConversation(conversation);
      return { newlyDeserving: !before && (await deserving()), firstName: firstName(conversation.participantName) };
    },
    'content/call-event': async ({ kind, threadId, sentText, offeredTimes }) => {
      // The sent text is only looked at here, against the settings of this moment; it is not stored.
      if (sentText !== undefined && !containsProposal(sentText, await settings.load(), offeredTimes)) return OK;
      const at = clock.now();
      await store.recordCallEvent({ kind, threadId, at, dayKey: today(at) });
      return OK;
    },
    'content/call-draft': async (request) => callDraft(request, await settings.load(), new Date(clock.now())),
    'content/call-candidates': async () => ({ conversations: await store.conversationsDeservingCall(clock.now()) }),
    'content/nudge-state': async () => {
      const now = clock.now();
      const key = today(now);
      // Today's feed time is in today's rollup, which the week's summary reads anyway.
      const summary = await store.weeklySummary(now, { timeZone: clock.timeZone(), weekStartsOn: firstDayOfWeek(clock.locale()) });
      const feedMsToday = summary.days.find((day) => day.dayKey === key)?.feedMs ?? 0;
      return { feedMsToday, snoozedToday: (await nudgeSnooze?.load()) === key };
    },
    'content/nudge-snooze': async () => {
      await nudgeSnooze?.save(today(clock.now()));
      return OK;
    },
    'content/inject-script': async ({ part }, origin) => {
      // The sender's own tab and frame, never one the message names: a page can only load a part into itself.
      if (!injectScript || origin?.tabId === undefined || origin.frameId === undefined) return { injected: false };
      return { injected: await injectScript(part, { tabId: origin.tabId, frameId: origin.frameId }) };
    },
    'page/weekly-summary': async () => {
      const summary = await store.weeklySummary(clock.now(), {
        timeZone: clock.timeZone(),
        weekStartsOn: firstDayOfWeek(clock.locale()),
      });
      // The badge can go after the popup has its answer.
      void summaryShown();
      return summary;
    },
    'page/get-settings': () => settings.load(),
    'page/save-settings': ({ settings: input }) => settings.save(input),
    'page/export': () => store.exportAll(),
    'page/delete-all': async () => {
      await store.deleteAll();
      await settings.clear();
      return OK;
    },
  };
}

export function handleMessage(handlers: Handlers, message: Message, origin?: MessageOrigin): Promise<Responses[Message['type']]> {
  const handler = handlers[message.type] as (m: Message, o?: MessageOrigin) => Promise<Responses[Message['type']]>;
  return handler(message, origin);
}
