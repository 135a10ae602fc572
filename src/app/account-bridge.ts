import { createExternalStore, useExternalStore } from '@/ui/external-store';

/**
 * The connected account, published from inside the lazy wallet stack for panels outside it (the news
 * feed's exposure and For you order), so the news never loads wallet code to learn it.
 */
const account = createExternalStore<string | undefined>(undefined);

export function publishAccount(next: string | undefined): void {
  account.set(next);
}

export const useConnectedAccount = () => useExternalStore(account);
