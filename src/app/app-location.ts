import { useEffect, useSyncExternalStore } from 'react';
import { NAVIGATE_EVENT, subscribeToLocation } from '@/features/news/hooks/use-location-search';
import { isPlainClick } from '@/features/news/lib/is-plain-click';

interface PageState {
  /** Set on entries the app pushed itself, so "Back" can walk back instead of pushing the news again. */
  fromApp?: boolean;
}

/** The current `location.pathname`, re-rendering on Back/Forward and on the app's own navigations. */
export function usePathname(): string {
  return useSyncExternalStore(subscribeToLocation, () => window.location.pathname, () => '/');
}

/** Opens another page of the app as a new history entry, without reloading (the wallet stays connected). */
export function navigateTo(path: string): void {
  window.history.pushState({ fromApp: true } satisfies PageState, '', path);
  window.scrollTo({ top: 0 });
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** Back to the news: the entry we came from when the app opened this page, else a fresh one. */
export function leavePage(): void {
  const state: unknown = window.history.state;
  if (state && typeof state === 'object' && (state as PageState).fromApp) window.history.back();
  else navigateTo('/');
}

/** Plain clicks on `a[data-app-link]` (anywhere on the page, the article dialog included) navigate in place. */
export function useAppLinks(): void {
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || !isPlainClick(event) || !(event.target instanceof Element)) return;
      const link = event.target.closest<HTMLAnchorElement>('a[data-app-link]');
      if (!link || link.target || link.origin !== window.location.origin) return;
      event.preventDefault();
      navigateTo(`${link.pathname}${link.search}`);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
}
