import { describe, expect, it } from 'vitest';
import { MAX_HISTORY, historyKey, parseHistory, serialiseHistory, upsertHistory, type HistoryEntry } from './trade-history';

const ACCOUNT = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';
const OTHER = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC';
const TOKEN = { address: '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913', symbol: 'USDC', name: 'USD Coin', decimals: 6, chainId: 8453 };

function entry(routeId: string, startedAt: number, from = ACCOUNT): HistoryEntry {
  return {
    routeId, account: ACCOUNT, startedAt, updatedAt: startedAt, phase: 'in-flight', fromChainId: 8453, toChainId: 42161,
    fromSymbol: 'USDC', toSymbol: 'USDC', fromAmount: '25000000', fromDecimals: 6, toAmount: '24900000', toDecimals: 6, estimatedSeconds: 90,
    route: {
      id: routeId, fromChainId: 8453, toChainId: 42161, fromAmount: '25000000', toAmount: '24900000',
      steps: [{ id: `${routeId}:0`, tool: 'fakebridge', action: { fromChainId: 8453, toChainId: 42161, fromAmount: '25000000', fromToken: TOKEN, toToken: { ...TOKEN, chainId: 42161 }, fromAddress: from }, estimate: { executionDuration: 90 }, execution: { status: 'PENDING', actions: [{ type: 'CROSS_CHAIN', status: 'PENDING', txHash: `0x${'a'.repeat(64)}` }] } }],
    },
  };
}

describe('trade history', () => {
  it('round-trips through storage text, newest first, and keeps unknown SDK fields', () => {
    const withExtra = entry('r2', 2);
    (withExtra.route as Record<string, unknown>).tags = ['RECOMMENDED'];
    const text = serialiseHistory(upsertHistory(upsertHistory([], entry('r1', 1)), withExtra));
    const read = parseHistory(text, ACCOUNT.toLowerCase());
    expect(read.map((e) => e.routeId)).toEqual(['r2', 'r1']);
    expect((read[0]?.route as Record<string, unknown>).tags).toEqual(['RECOMMENDED']);
  });
  it('replaces an entry by route id and caps the list', () => {
    let list: HistoryEntry[] = [];
    for (let i = 0; i < MAX_HISTORY + 5; i += 1) list = upsertHistory(list, entry(`r${i}`, i));
    expect(list).toHaveLength(MAX_HISTORY);
    list = upsertHistory(list, { ...entry('r29', 29), phase: 'done' });
    expect(list.filter((e) => e.routeId === 'r29')).toHaveLength(1);
    expect(list[0]?.phase).toBe('done');
  });
  it('drops malformed entries one by one and ignores garbage', () => {
    const good = entry('ok', 1);
    const bad = { ...entry('bad', 2), fromAmount: '-1' };
    const hostile = { ...entry('xss', 3), route: { ...entry('xss', 3).route, steps: [] } };
    expect(parseHistory(JSON.stringify([good, bad, hostile, 'x', null]), ACCOUNT).map((e) => e.routeId)).toEqual(['ok']);
    expect(parseHistory('{not json', ACCOUNT)).toEqual([]);
    expect(parseHistory('{"a":1}', ACCOUNT)).toEqual([]);
    expect(parseHistory(null, ACCOUNT)).toEqual([]);
  });
  it('never returns another account\'s entries or a route sending from another account', () => {
    const foreign = { ...entry('theirs', 1), account: OTHER };
    const spoofed = entry('spoofed', 2, OTHER);
    expect(parseHistory(JSON.stringify([foreign, spoofed]), ACCOUNT)).toEqual([]);
    expect(historyKey(ACCOUNT)).toBe(`market-companion:trade-history:v1:${ACCOUNT.toLowerCase()}`);
  });
});
