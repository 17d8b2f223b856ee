import type { PageSession } from './page-session';

interface NavigationTarget {
  addEventListener(type: 'currententrychange', listener: () => void, options: { signal: AbortSignal }): void;
}

/**
 * Follows LinkedIn's in-page navigation. Where the Navigation API exists its 'currententrychange'
 * event says when the URL changed; elsewhere popstate covers back/forward, and `check` — called on
 * each flush of the page observer, since a new page always brings new nodes — catches pushState,
 * which an isolated content script cannot wrap. No polling.
 */
export function watchNavigation(session: PageSession, onChange: (url: string) => void): { check: () => void } {
  let last = location.href;
  const check = (): void => {
    if (location.href === last || session.stopped) return;
    last = location.href;
    onChange(last);
  };
  const navigation = (window as { navigation?: NavigationTarget }).navigation;
  navigation?.addEventListener('currententrychange', check, { signal: session.signal });
  window.addEventListener('popstate', check, { signal: session.signal });
  return { check };
}
