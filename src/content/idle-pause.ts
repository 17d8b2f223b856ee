// Long work is cut into slices that each end well before a frame is due; between slices the page gets
// the main thread back until the browser is idle again (or 800 ms have passed under constant activity).
export const SLICE_MS = 8;
const IDLE_TIMEOUT_MS = 800;

/** Resolves in the browser's next idle period. */
export function idlePause(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else window.setTimeout(resolve, 0);
  });
}
