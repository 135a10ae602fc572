import { useSyncExternalStore } from 'react';

/**
 * The connected account, published from inside the lazy wallet stack for panels outside it (the news
 * feed's exposure and For you order), so the news never loads wallet code to learn it.
 */
let account: string | undefined;
const listeners = new Set<() => void>();

export function publishAccount(next: string | undefined): void {
  if (next === account) return;
  account = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const useConnectedAccount = () => useSyncExternalStore(subscribe, () => account, () => undefined);
