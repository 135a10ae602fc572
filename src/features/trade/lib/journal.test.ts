import { describe, expect, it } from 'vitest';
import { journalStart, thesisFor, valueNow } from './journal';
import { parseHistory } from './trade-history';

const USDC = '0xaf88d065e77c8cC2239327C5EDb3A432268e5831';
const ARB = '0x912CE59144191C1204E64559FE8253a0e49E6548';
const route = { fromChainId: 42161, toChainId: 42161, fromAmountUSD: '50', toAmountUSD: '49.8', fromToken: { address: ARB }, toToken: { address: USDC } };
const handoff = { key: 1, fromChainId: 42161, fromTokenAddress: ARB.toLowerCase(), toChainId: 42161, toTokenAddress: USDC, fromAmount: 10n, thesis: { articleId: 'a1', articleTitle: 'ARB exploit', reason: 'Hedge.' } };

describe('trade journal', () => {
  it('keeps the hand-off\'s thesis only while the route trades exactly its tokens', () => {
    expect(thesisFor(handoff, route)).toEqual(handoff.thesis);
    expect(thesisFor(handoff, { ...route, toToken: { address: ARB } })).toBeUndefined();
    expect(thesisFor(undefined, route)).toBeUndefined();
  });
  it('records the USD values at the start and values what was received with today\'s price', () => {
    const journal = journalStart(route, handoff.thesis);
    expect(journal).toEqual({ ...handoff.thesis, fromUSD: 50, toUSD: 49.8, toTokenAddress: USDC });
    expect(journalStart({ ...route, toAmountUSD: 'n/a' }, undefined)).toMatchObject({ toUSD: null });
    const entry = { toAmount: '49800000', toDecimals: 6, toChainId: 42161, journal };
    expect(valueNow(entry, [{ chainId: 42161, address: USDC.toLowerCase(), priceUSD: '1.01' }])).toBeCloseTo(50.298, 6);
    expect(valueNow(entry, [{ chainId: 42161, address: USDC, priceUSD: null }])).toBeNull();
    expect(valueNow({ ...entry, journal: undefined }, [])).toBeNull();
  });
  it('still reads history entries stored before the journal, and drops a malformed journal\'s entry only', () => {
    const account = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';
    const token = { address: USDC, chainId: 42161, symbol: 'USDC', decimals: 6, name: 'USD Coin', priceUSD: '1' };
    const step = { id: 's', action: { fromChainId: 42161, toChainId: 42161, fromAmount: '1', fromToken: token, toToken: token, fromAddress: account }, estimate: {} };
    const old = { routeId: 'r1', account, startedAt: 1, updatedAt: 1, phase: 'done', fromChainId: 42161, toChainId: 42161, fromSymbol: 'ARB', toSymbol: 'USDC', fromAmount: '1', fromDecimals: 18, toAmount: '1', toDecimals: 6, estimatedSeconds: 30, route: { id: 'r1', fromChainId: 42161, toChainId: 42161, fromAmount: '1', toAmount: '1', steps: [step] } };
    const withJournal = { ...old, routeId: 'r2', startedAt: 2, journal: journalStart(route, handoff.thesis) };
    const broken = { ...old, routeId: 'r3', journal: { fromUSD: 'lots' } };
    const entries = parseHistory(JSON.stringify([old, withJournal, broken]), account);
    expect(entries.map((e) => [e.routeId, e.journal?.articleTitle ?? null])).toEqual([['r2', 'ARB exploit'], ['r1', null]]);
  });
});
