import { useSyncExternalStore } from 'react';
import { articleIdFromSearch, withArticleId } from '../lib/news-filters';

// pushState/replaceState fire no event, so our own navigations announce themselves with this one.
export const NAVIGATE_EVENT = 'market-companion:navigate';

/** Calls `onChange` on Back/Forward and on the app's own navigations; returns the unsubscribe. */
export function subscribeToLocation(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

/** The current `location.search`, re-rendering on Back/Forward and on our own navigations. */
export function useLocationSearch(): string {
  return useSyncExternalStore(subscribeToLocation, () => window.location.search, () => '');
}

interface HistoryState {
  articleDepth?: number;
}

function currentState(): HistoryState {
  const state: unknown = window.history.state;
  return state && typeof state === 'object' ? (state as HistoryState) : {};
}

function go(search: string, mode: 'push' | 'replace', state: HistoryState): void {
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (mode === 'push') window.history.pushState(state, '', url);
  else window.history.replaceState(state, '', url);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** Filter changes replace the entry: they should survive a reload but not fill the Back history. */
export function replaceSearch(search: string): void {
  go(search, 'replace', currentState());
}

/** Opens an article as a new history entry, so Back closes it (or returns to the previous article). */
export function openArticleInHistory(id: string): void {
  const state = currentState();
  go(withArticleId(window.location.search, id), 'push', { ...state, articleDepth: (state.articleDepth ?? 0) + 1 });
}

/** Closes the article view: walks back over the entries we pushed, or drops the param if the page was loaded with it. */
export function closeArticleInHistory(): void {
  const depth = currentState().articleDepth ?? 0;
  if (depth === 0) {
    dropArticleParam();
    return;
  }
  // A page opened on a shared ?article= link still has one after walking back: drop it then.
  window.addEventListener('popstate', () => {
    if (articleIdFromSearch(window.location.search)) dropArticleParam();
  }, { once: true });
  window.history.go(-depth);
}

function dropArticleParam(): void {
  go(withArticleId(window.location.search, null), 'replace', { ...currentState(), articleDepth: 0 });
}
