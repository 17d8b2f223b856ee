import { OWN_NODE_ATTRIBUTE } from './own-node';
import type { PageSession } from './page-session';

// Above this many pending roots a single rescan of the body is cheaper than visiting each one.
const FLOOD = 300;
const IDLE_TIMEOUT_MS = 800;

/**
 * Calls `handle` with the element subtrees added to `target`, in idle time. Mutation records are
 * collapsed to their topmost added roots, so a node inside an added node is visited once; a flood
 * becomes one deferred rescan. Observation pauses while the tab is hidden and catches up on return.
 * The extension's own elements (a label per flagged item) are dropped as they are recorded: each would
 * otherwise cost a walk to the top of the page and an idle callback of its own, only to be ignored.
 */
export function watchAddedRoots(session: PageSession, target: Element, handle: (roots: Element[]) => void): void {
  let pending = new Set<Element>();
  let rescan = false;
  let idleHandle: number | null = null;

  const flush = (): void => {
    idleHandle = null;
    if (!session.isAlive()) return;
    const roots = rescan ? [target] : topmost(pending);
    pending = new Set();
    rescan = false;
    if (roots.length > 0) handle(roots);
  };

  const schedule = (): void => {
    if (idleHandle !== null || session.stopped) return;
    idleHandle = window.requestIdleCallback(flush, { timeout: IDLE_TIMEOUT_MS });
  };

  const observer = new MutationObserver((records) => {
    if (rescan) return;
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) {
          if (node.parentElement) pending.add(node.parentElement);
        } else if (!node.hasAttribute(OWN_NODE_ATTRIBUTE)) pending.add(node);
      }
    }
    if (pending.size > FLOOD) rescan = true;
    if (pending.size > 0 || rescan) schedule();
  });

  const observe = (): void => observer.observe(target, { childList: true, subtree: true });
  const onVisibility = (): void => {
    if (document.visibilityState === 'hidden') {
      observer.disconnect();
      pending.clear();
    } else {
      observe();
      rescan = true;
      schedule();
    }
  };

  if (document.visibilityState !== 'hidden') observe();
  document.addEventListener('visibilitychange', onVisibility, { signal: session.signal });
  session.onStop(() => {
    observer.disconnect();
    if (idleHandle !== null) window.cancelIdleCallback(idleHandle);
  });
  rescan = true;
  schedule();
}

function topmost(nodes: Set<Element>): Element[] {
  const roots: Element[] = [];
  for (const node of nodes) {
    if (!node.isConnected) continue;
    let covered = false;
    for (let parent = node.parentElement; parent; parent = parent.parentElement) {
      if (nodes.has(parent)) {
        covered = true;
        break;
      }
    }
    if (!covered) roots.push(node);
  }
  return roots;
}
