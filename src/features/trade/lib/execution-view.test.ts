import { describe, expect, it } from 'vitest';
import { bridgeTransaction, buildExecutionView, hasSentTransaction, needsSignature, routePhase, sentHashes, type ExecAction, type ExecRoute } from './execution-view';

const HASH_A = `0x${'a'.repeat(64)}`;
const HASH_B = `0x${'b'.repeat(64)}`;

function route(fromChainId: number, toChainId: number, status?: string, actions: ExecAction[] = []): ExecRoute {
  return {
    id: 'r1',
    fromChainId,
    toChainId,
    steps: [{
      id: 's1',
      tool: 'fakebridge',
      toolDetails: { name: 'FakeBridge' },
      action: { fromChainId, toChainId, fromAmount: '25000000', fromToken: { symbol: 'USDC', decimals: 6, address: '0x1' }, toToken: { symbol: 'USDC' } },
      ...(status ? { execution: { status, actions } } : {}),
    }],
  };
}

describe('routePhase', () => {
  it('follows the route from nothing to done', () => {
    expect(routePhase(route(8453, 8453))).toBe('not-started');
    expect(routePhase(route(8453, 8453, 'ACTION_REQUIRED', [{ type: 'SET_ALLOWANCE', status: 'ACTION_REQUIRED' }]))).toBe('signing');
    expect(routePhase(route(8453, 42161, 'PENDING', [{ type: 'CROSS_CHAIN', status: 'DONE', txHash: HASH_A }, { type: 'RECEIVING_CHAIN', status: 'PENDING' }]))).toBe('in-flight');
    expect(routePhase(route(8453, 42161, 'DONE', [{ type: 'CROSS_CHAIN', status: 'DONE', txHash: HASH_A }, { type: 'RECEIVING_CHAIN', status: 'DONE', substatus: 'COMPLETED' }]))).toBe('done');
  });
  it('names partial, refunded and failed outcomes', () => {
    const done = (substatus: string) => route(8453, 42161, 'DONE', [{ type: 'CROSS_CHAIN', status: 'DONE', txHash: HASH_A }, { type: 'RECEIVING_CHAIN', status: 'DONE', substatus }]);
    expect(routePhase(done('PARTIAL'))).toBe('partial');
    expect(routePhase(done('REFUNDED'))).toBe('refunded');
    expect(routePhase(route(8453, 8453, 'FAILED', [{ type: 'SWAP', status: 'FAILED' }]))).toBe('failed');
  });
});

describe('resume helpers', () => {
  it('needs a signature until the swap or bridge transaction was sent', () => {
    expect(needsSignature(route(8453, 8453, 'ACTION_REQUIRED', [{ type: 'SET_ALLOWANCE', status: 'DONE', txHash: HASH_B }]))).toBe(true);
    expect(needsSignature(route(8453, 8453, 'PENDING', [{ type: 'SWAP', status: 'FAILED', txHash: HASH_A }]))).toBe(true);
    const sent = route(8453, 42161, 'PENDING', [{ type: 'SET_ALLOWANCE', status: 'DONE', txHash: HASH_B }, { type: 'CROSS_CHAIN', status: 'PENDING', txHash: HASH_A }]);
    expect(needsSignature(sent)).toBe(false);
    expect(hasSentTransaction(sent)).toBe(true);
    expect(bridgeTransaction(sent)).toEqual({ txHash: HASH_A, fromChainId: 8453, toChainId: 42161, tool: 'fakebridge' });
    expect(sentHashes(sent)).toEqual([{ chainId: 8453, txHash: HASH_B, type: 'SET_ALLOWANCE' }, { chainId: 8453, txHash: HASH_A, type: 'CROSS_CHAIN' }]);
  });
});

describe('buildExecutionView', () => {
  it('labels each action and links sent transactions to the right chain explorer', () => {
    const view = buildExecutionView(route(8453, 42161, 'PENDING', [
      { type: 'SET_ALLOWANCE', status: 'DONE', txHash: HASH_B },
      { type: 'CROSS_CHAIN', status: 'DONE', txHash: HASH_A },
      { type: 'RECEIVING_CHAIN', status: 'DONE', txHash: HASH_B, chainId: 42161 },
    ]));
    expect(view[0]?.title).toBe('USDC → USDC via FakeBridge');
    expect(view[0]?.actions.map((a) => a.label)).toEqual(['Approve exactly 25 USDC', 'Bridge from Base to Arbitrum', 'Receive on Arbitrum']);
    expect(view[0]?.actions[1]?.explorerUrl).toBe(`https://basescan.org/tx/${HASH_A}`);
    expect(view[0]?.actions[2]?.explorerUrl).toBe(`https://arbiscan.io/tx/${HASH_B}`);
  });
});
