/** localStorage key where wagmi persists its connection state (default storage, key prefix "wagmi"). */
const WAGMI_STORE_KEY = 'wagmi.store';

/**
 * Whether wagmi's persisted state says a wallet was connected, so the wallet stack should load
 * at once to reconnect instead of waiting for the user to ask for it.
 */
export function hasStoredWalletSession(raw: string | null): boolean {
  if (!raw) return false;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null || !('state' in parsed)) return false;
    const state = parsed.state;
    return typeof state === 'object' && state !== null && 'current' in state && typeof state.current === 'string' && state.current !== '';
  } catch {
    return false;
  }
}

export function readStoredWalletSession(): boolean {
  try {
    return hasStoredWalletSession(window.localStorage.getItem(WAGMI_STORE_KEY));
  } catch {
    return false; // storage disabled (privacy mode)
  }
}
