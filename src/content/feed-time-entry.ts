// The feed part's entry. vite.config.ts builds it as its own self-contained file, listed in no manifest;
// the worker injects it into a tab the first time the page shows the feed (start-page.ts). Injected twice,
// or after the page visit stopped, it does nothing.
import { startFeedTime } from './feed-time-part';
import { findDock } from './injected-part-dock';

findDock('feed-time')?.register((session) => (deps) => startFeedTime(session, deps));
