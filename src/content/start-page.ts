import type { Verdict } from '../detect/types';
import { judgeItemsMessage, type InjectedPart, type Message, type PageState, type ResponseTo } from '../messages';
import { isFeed, shownPageUrl } from '../sites/linkedin/pages';
import { sendMessage } from './extension-api';
import { OnDemandCallFeature } from './call/on-demand-call-feature';
import { firstPageState } from './first-page-state';
import type { FeedTime } from './feed-time-part';
import { InjectedPartLoader } from './injected-part-loader';
import { ItemScanner } from './item-scanner';
import { OnDemandItemDisplay } from './on-demand-item-display';
import { OWN_NODE_ATTRIBUTE } from './own-node';
import { watchNavigation } from './navigation-watch';
import type { PageSession } from './page-session';
import { sendRetrying } from './retrying-send';
import { SelectorHealth } from './selector-health';
import { watchAddedRoots } from './watch-added-roots';
import { watchDrafts } from './watch-drafts';

// A feed served in a /preload/ document is still the feed: its canonical link says so.
const onFeedNow = (): boolean => isFeed(shownPageUrl(location.href, document));

/** Everything the content script does on a LinkedIn page, tied to the page visit's session. */
export async function startPage(session: PageSession): Promise<void> {
  // A failed send after the extension was reloaded just stops the session; nothing is retried or thrown.
  const send = <M extends Message>(message: M): Promise<ResponseTo<M> | undefined> =>
    sendMessage(message).catch(() => {
      session.isAlive();
      return undefined;
    });

  let state: PageState = await firstPageState(session);
  const corrected = new Set(state.correctedIds);
  const inject = async (part: InjectedPart): Promise<boolean> =>
    (await sendRetrying(session, { type: 'content/inject-script', part }))?.injected ?? false;
  // One observer feeds both the warnings and the call feature, and each message is read and judged once for
  // both. The call feature's code is injected only into pages that show a composer or messages.
  const callLoader = new InjectedPartLoader(session, 'call', inject);
  const call = new OnDemandCallFeature(() => callLoader.load());
  // Dim and collapse are injected only for users who chose one of them, as soon as the settings say so.
  const displayLoader = new InjectedPartLoader(session, 'display-modes', inject);
  const itemDisplay = new OnDemandItemDisplay(() => displayLoader.load());
  itemDisplay.prepare(state.settings.display);
  const health = new SelectorHealth(session, (surface, ok) => void send({ type: 'content/selector-health', surface, ok }));
  const scanner = new ItemScanner({
    judge: async (items) => (await sendRetrying(session, judgeItemsMessage(items)))?.judged ?? null,
    display: () => state.settings.display,
    itemDisplay,
    corrected,
    correct: (id: string, verdict: Verdict) => {
      corrected.add(id);
      void send({ type: 'content/correction', id, pattern: verdict.pattern });
    },
    found: (kind) => health.found(kind),
    messages: (judged) => call.messagesSeen(judged),
  });

  const bannerLoader = new InjectedPartLoader(session, 'nudge-banner', inject);
  // The feed's own part (time on the feed, the nudge) comes the first time the page shows the feed.
  const feedLoader = new InjectedPartLoader(session, 'feed-time', inject);
  let feedTime: Promise<FeedTime | undefined> | undefined;
  const refreshFeed = (): void => {
    if (!feedTime && !onFeedNow()) return;
    feedTime ??= feedLoader.load().then((start) =>
      start?.({
        onFeed: onFeedNow,
        minutes: () => state.settings.feedNudgeMinutes,
        report: (ms) => void send({ type: 'content/feed-time', ms }),
        state: async () => (await send({ type: 'content/nudge-state' })) ?? { feedMsToday: 0, snoozedToday: true },
        banner: () => bannerLoader.load(),
      }),
    );
    void feedTime.then((feed) => feed?.refresh());
  };

  const navigation = watchNavigation(session, (url) => {
    health.expect(url);
    refreshFeed();
  });
  watchAddedRoots(session, document.body, (roots) => {
    navigation.check();
    const pageRoots = roots.filter((root) => !root.closest(`[${OWN_NODE_ATTRIBUTE}]`));
    if (pageRoots.length === 0) return;
    void scanner.scan(pageRoots);
    call.handle(pageRoots);
  });
  call.start();
  const mirrorLoader = new InjectedPartLoader(session, 'mirror-hints', inject);
  watchDrafts(session, () => mirrorLoader.load());
  health.expect(location.href);
  refreshFeed();

  // Settings changed on the options page apply when the user comes back to the tab, without a reload.
  document.addEventListener(
    'visibilitychange',
    async () => {
      if (document.visibilityState !== 'visible') return;
      const fresh = await send({ type: 'content/page-state' });
      if (!fresh) return;
      state = fresh;
      for (const id of fresh.correctedIds) corrected.add(id);
      itemDisplay.prepare(fresh.settings.display);
      void scanner.applySettings();
      refreshFeed();
    },
    { signal: session.signal },
  );
}
