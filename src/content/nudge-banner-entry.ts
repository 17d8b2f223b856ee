// The feed nudge banner's entry. vite.config.ts builds it as its own self-contained file, listed in no
// manifest; the worker injects it into a tab when the nudge is due (feed-nudge.ts). Injected twice, or
// after the page visit stopped, it does nothing.
import { sendMessage } from './extension-api';
import { findDock } from './injected-part-dock';
import { NudgeBanner } from './nudge-banner';

findDock('nudge-banner')?.register(
  (session) =>
    new NudgeBanner(session, {
      candidates: async () => (await sendMessage({ type: 'content/call-candidates' }).catch(() => undefined))?.conversations ?? [],
      snooze: () => void sendMessage({ type: 'content/nudge-snooze' }).catch(() => undefined),
    }),
);
