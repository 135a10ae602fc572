import { describe, expect, it } from 'vitest';
import { hasStoredWalletSession } from './stored-session';

describe('hasStoredWalletSession', () => {
  it('is true when wagmi stored a current connection', () => {
    const raw = JSON.stringify({ state: { connections: { __type: 'Map', value: [] }, chainId: 1, current: 'abc123' }, version: 2 });
    expect(hasStoredWalletSession(raw)).toBe(true);
  });

  it('is false after a disconnect, for nothing stored, and for junk', () => {
    expect(hasStoredWalletSession(JSON.stringify({ state: { chainId: 1, current: null }, version: 2 }))).toBe(false);
    expect(hasStoredWalletSession(null)).toBe(false);
    expect(hasStoredWalletSession('{not json')).toBe(false);
    expect(hasStoredWalletSession('"text"')).toBe(false);
    expect(hasStoredWalletSession(JSON.stringify({ state: { current: 42 } }))).toBe(false);
  });
});
