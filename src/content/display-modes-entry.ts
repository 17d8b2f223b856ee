// The dim and collapse display modes' entry. vite.config.ts builds it as its own self-contained file, listed in
// no manifest; the worker injects it into a tab whose settings say 'dim' or 'collapse' (on-demand-item-display.ts).
// Injected twice, or after the page visit stopped, it does nothing.
import { findDock } from './injected-part-dock';
import { applyDisplay, clearDisplay } from './item-display';

findDock('display-modes')?.register(() => ({ apply: applyDisplay, clear: clearDisplay }));
