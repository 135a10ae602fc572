// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import { historyKey, type HistoryEntry } from '../lib/trade-history';
import { useTradeHistory } from './use-trade-history';

const ACCOUNT = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';
const OTHER = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC';
const TOKEN = { address: '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913', symbol: 'USDC', name: 'USD Coin', decimals: 6, chainId: 8453 };

function entry(routeId: string, startedAt: number, account = ACCOUNT, phase: HistoryEntry['phase'] = 'in-flight'): HistoryEntry {
  return {
    routeId, account, startedAt, updatedAt: startedAt, phase, fromChainId: 8453, toChainId: 42161,
    fromSymbol: 'USDC', toSymbol: 'USDC', fromAmount: '25000000', fromDecimals: 6, toAmount: '24900000', toDecimals: 6, estimatedSeconds: 90,
    route: {
      id: routeId, fromChainId: 8453, toChainId: 42161, fromAmount: '25000000', toAmount: '24900000',
      steps: [{ id: `${routeId}:0`, tool: 'fakebridge', action: { fromChainId: 8453, toChainId: 42161, fromAmount: '25000000', fromToken: TOKEN, toToken: { ...TOKEN, chainId: 42161 }, fromAddress: account }, estimate: { executionDuration: 90 }, execution: { status: 'PENDING', actions: [{ type: 'CROSS_CHAIN', status: 'PENDING', txHash: `0x${'a'.repeat(64)}` }] } }],
    },
  };
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  window.localStorage.clear();
});

const ids = (entries: HistoryEntry[]) => entries.map((e) => e.routeId);

describe('useTradeHistory', () => {
  it('survives a reload: what one page saved, a new mount reads back, newest first', () => {
    const first = renderHook(() => useTradeHistory(ACCOUNT));
    expect(first.result.current.entries).toEqual([]);
    act(() => first.result.current.save(entry('r1', 1)));
    act(() => first.result.current.save(entry('r2', 2)));
    act(() => first.result.current.save({ ...entry('r1', 1), phase: 'done' }));
    expect(ids(first.result.current.entries)).toEqual(['r2', 'r1']);
    first.unmount();

    const reloaded = renderHook(() => useTradeHistory(ACCOUNT.toLowerCase()));
    expect(ids(reloaded.result.current.entries)).toEqual(['r2', 'r1']);
    expect(reloaded.result.current.entries[1]?.phase).toBe('done');
  });

  it('a save merges with what another tab stored meanwhile instead of overwriting it', () => {
    const page = renderHook(() => useTradeHistory(ACCOUNT));
    window.localStorage.setItem(historyKey(ACCOUNT), JSON.stringify([entry('other-tab', 5)]));
    act(() => page.result.current.save(entry('here', 6)));
    expect(ids(page.result.current.entries)).toEqual(['here', 'other-tab']);
    expect(ids(JSON.parse(window.localStorage.getItem(historyKey(ACCOUNT))!) as HistoryEntry[])).toEqual(['here', 'other-tab']);
  });

  it('validates what it reads: tampered entries and entries of another account are dropped', () => {
    const tampered = { ...entry('tampered', 3), fromAmount: '1e30' };
    const spoofed = entry('spoofed', 4, OTHER);
    window.localStorage.setItem(historyKey(ACCOUNT), JSON.stringify([entry('ok', 1), tampered, { ...spoofed, account: ACCOUNT }, '<script>']));
    const { result } = renderHook(() => useTradeHistory(ACCOUNT));
    expect(ids(result.current.entries)).toEqual(['ok']);

    window.localStorage.setItem(historyKey(ACCOUNT), '{not json');
    expect(renderHook(() => useTradeHistory(ACCOUNT)).result.current.entries).toEqual([]);
  });

  it('switching accounts shows only the new account\'s trades', () => {
    window.localStorage.setItem(historyKey(ACCOUNT), JSON.stringify([entry('mine', 1)]));
    window.localStorage.setItem(historyKey(OTHER), JSON.stringify([entry('theirs', 2, OTHER)]));
    const { result, rerender } = renderHook(({ account }) => useTradeHistory(account), { initialProps: { account: ACCOUNT } });
    expect(ids(result.current.entries)).toEqual(['mine']);
    rerender({ account: OTHER });
    expect(ids(result.current.entries)).toEqual(['theirs']);
    act(() => result.current.save(entry('theirs-2', 3, OTHER)));
    expect(ids(JSON.parse(window.localStorage.getItem(historyKey(ACCOUNT))!) as HistoryEntry[])).toEqual(['mine']);
  });

  it('storage that refuses writes (quota, privacy mode) keeps the trade for this page', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const { result } = renderHook(() => useTradeHistory(ACCOUNT));
    act(() => result.current.save(entry('r1', 1)));
    expect(ids(result.current.entries)).toEqual(['r1']);
    expect(window.localStorage.getItem(historyKey(ACCOUNT))).toBeNull();
  });

  it('storage that refuses reads gives an empty history, not a crash', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(renderHook(() => useTradeHistory(ACCOUNT)).result.current.entries).toEqual([]);
  });
});
