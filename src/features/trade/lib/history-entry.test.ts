import { describe, expect, it } from 'vitest';
import { historyEntryFrom } from './history-entry';
import { parseHistory, serialiseHistory } from './trade-history';

const ACCOUNT = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';
const token = (chainId: number) => ({ address: '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913', symbol: 'USDC', name: 'USD Coin', decimals: 6, chainId, priceUSD: null, logoURI: null });

describe('historyEntryFrom', () => {
  it('records a route so that it survives storage and can be resumed', () => {
    const route = {
      id: 'r1', fromChainId: 8453, toChainId: 42161, fromAmount: '25000000', toAmount: '24900000', fromToken: token(8453), toToken: token(42161),
      steps: [{ id: 'r1:0', tool: 'fakebridge', action: { fromChainId: 8453, toChainId: 42161, fromAmount: '25000000', fromToken: token(8453), toToken: token(42161), fromAddress: ACCOUNT }, estimate: { executionDuration: 90 }, execution: { status: 'PENDING', actions: [] } }],
    };
    const entry = historyEntryFrom(route, ACCOUNT, 1000, 'in-flight', 2000, { note: 'Waiting' });
    expect(entry).toMatchObject({ routeId: 'r1', phase: 'in-flight', estimatedSeconds: 90, fromSymbol: 'USDC', note: 'Waiting', startedAt: 1000, updatedAt: 2000 });
    const [read] = parseHistory(serialiseHistory([entry]), ACCOUNT);
    expect(read?.route.steps[0]?.execution?.status).toBe('PENDING');
    // a copy: later SDK mutations of the live route do not change the stored record
    route.steps[0]!.execution.status = 'DONE';
    expect(entry.route.steps[0]?.execution?.status).toBe('PENDING');
  });
});
