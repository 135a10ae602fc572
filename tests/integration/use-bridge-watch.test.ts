// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import { createClient, type SDKClient } from '@lifi/sdk';
import type { BridgeStatus, BridgeTransaction } from '@/features/trade/api/bridge-status';
import { STATUS_POLL_MS, useBridgeWatch } from '@/features/trade/hooks/use-bridge-watch';
import { startFakeLifi, type FakeLifi } from '../support/fake-lifi/fake-lifi';

/**
 * The bridge watchdog with the real SDK's /status reads against the loopback fake LI.FI. Intervals and
 * Date are fake (the watchdog's clock moves only when the test moves it); HTTP is real.
 */
const TX: BridgeTransaction = { txHash: `0x${'b'.repeat(64)}`, fromChainId: 8453, toChainId: 42161, tool: 'fakebridge' };
const SECOND = 1000;

let fake: FakeLifi;
let client: SDKClient;
let answer: BridgeStatus;
/** Called when the fake answers a /status read. */
let served = () => undefined as void;

beforeAll(async () => {
  fake = await startFakeLifi();
  fake.on('GET /v1/status', () => {
    served();
    return { body: answer };
  });
  client = createClient({ integrator: 'mc-test', apiUrl: fake.apiUrl, disableVersionCheck: true, preloadChains: false });
});

afterAll(async () => {
  await fake?.close();
});

beforeEach(() => {
  answer = { status: 'PENDING', substatus: 'WAIT_DESTINATION_TRANSACTION' };
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function watch(estimateSeconds: number, tx: BridgeTransaction | null = TX) {
  const statuses: BridgeStatus[] = [];
  const failed: BridgeStatus[] = [];
  let wake = () => undefined as void;
  const handlers = {
    onStatus: (status: BridgeStatus) => { statuses.push(status); wake(); },
    onFailed: (status: BridgeStatus) => { failed.push(status); },
  };
  const startedAt = Date.now();
  const route = { steps: [{ estimate: { executionDuration: estimateSeconds } }] };
  const hook = renderHook(({ current }: { current: BridgeTransaction | undefined }) => useBridgeWatch(client, current, startedAt, route, handlers), { initialProps: { current: tx ?? undefined } });
  const advance = (ms: number) => act(() => void vi.advanceTimersByTime(ms));
  /** Moves to the next status poll and waits for its answer to be handled. */
  const poll = async () => {
    const before = statuses.length;
    const read = new Promise<void>((resolve) => { wake = resolve; });
    advance(STATUS_POLL_MS);
    await act(() => read);
    expect(statuses.length).toBe(before + 1);
  };
  return { ...hook, statuses, failed, advance, poll };
}

describe('useBridgeWatch', () => {
  it('is overdue exactly at 3x the estimate, with the LI.FI explorer link for the sent transaction', () => {
    const w = watch(100);
    expect(w.result.current).toEqual({ overdue: false, explorerUrl: `https://scan.li.fi/tx/${TX.txHash}` });
    w.advance(299 * SECOND);
    expect(w.result.current.overdue).toBe(false);
    w.advance(1 * SECOND);
    expect(w.result.current.overdue).toBe(true);
  });

  it('never alarms before a minute, however small the estimate', () => {
    const w = watch(10);
    w.advance(59 * SECOND);
    expect(w.result.current.overdue).toBe(false);
    w.advance(1 * SECOND);
    expect(w.result.current.overdue).toBe(true);
  });

  it('nothing sent yet: no status reads, never overdue', () => {
    const w = watch(10, null);
    w.advance(3600 * SECOND);
    expect(w.result.current).toEqual({ overdue: false, explorerUrl: undefined });
    expect(fake.requestsTo('GET /v1/status').filter((r) => r.query.get('txHash') === TX.txHash)).toHaveLength(0);
  });

  it('reads the status itself, takes LI.FI\'s own explorer link, and reports FAILED once', async () => {
    const w = watch(100);
    await w.poll();
    expect(w.statuses.at(-1)).toMatchObject({ status: 'PENDING' });
    expect(w.failed).toEqual([]);
    const request = fake.requestsTo('GET /v1/status').at(-1)!;
    expect(request.query.get('txHash')).toBe(TX.txHash);
    expect(request.query.get('fromChain')).toBe('8453');
    expect(request.query.get('toChain')).toBe('42161');

    answer = { status: 'FAILED', substatusMessage: 'The bridge failed.', lifiExplorerLink: `https://explorer.li.fi/tx/${TX.txHash}` };
    await w.poll();
    expect(w.failed).toEqual([answer]);
    expect(w.result.current.explorerUrl).toBe(answer.lifiExplorerLink);
  });

  it('ignores a status answer that fails validation (an explorer link that is not https)', async () => {
    const w = watch(100);
    answer = { status: 'FAILED', lifiExplorerLink: 'javascript:alert(1)' };
    const answered = new Promise<void>((resolve) => { served = resolve; });
    w.advance(STATUS_POLL_MS);
    await act(() => answered);
    answer = { status: 'PENDING' };
    await w.poll(); // the poll after it is handled, so the invalid one was seen and dropped
    expect(w.failed).toEqual([]);
    expect(w.statuses.map((s) => s.status)).toEqual(['PENDING']);
    expect(w.result.current.explorerUrl).toBe(`https://scan.li.fi/tx/${TX.txHash}`);
  });

  it('stops polling when the trade is no longer watched', () => {
    const w = watch(100);
    expect(vi.getTimerCount()).toBe(2); // the status poll and the watchdog clock
    w.rerender({ current: undefined });
    expect(vi.getTimerCount()).toBe(1);
    w.unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
