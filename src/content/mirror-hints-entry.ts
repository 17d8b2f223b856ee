// The mirror hints' entry. vite.config.ts builds it as its own self-contained file, listed in no manifest;
// the worker injects it into a tab on the first edit of anything editable (watch-drafts.ts).
// Injected twice, or after the page visit stopped, it does nothing.
import { MAX_SENT_TEXT } from '../messages';
import { sendMessage } from './extension-api';
import { findDock } from './injected-part-dock';
import { MirrorHints } from './mirror-hints';

findDock('mirror-hints')?.register(
  (session) =>
    // A failed send (the extension reloaded) shows no hint; the part's own liveness check stops it.
    new MirrorHints(session, async (text) => (await sendMessage({ type: 'content/draft-signals', text: text.slice(0, MAX_SENT_TEXT) }).catch(() => null)) ?? null),
);
