import { describe, expect, it } from 'vitest';
import type { Intent } from '@/domain/intent';
import type { ChainHoldings, Portfolio } from '@/domain/portfolio';
import { inferTrade } from './chain-inference';

const token = (symbol: string, balance: string) => ({ symbol, name: symbol, address: '0x1', decimals: 6, balance, priceUSD: 1, valueUSD: 1 });
const chain = (chainId: number, name: string, tokens: ChainHoldings['tokens'], status: 'ok' | 'unavailable' = 'ok'): ChainHoldings => ({ chainId, name, status, tokens });
const portfolio = (...chains: ChainHoldings[]): Portfolio => ({ address: '0x', totalUSD: 0, updatedAt: '', chains });
const intent = (partial: Partial<Intent>): Intent => ({ kind: 'swap', fromChainId: null, toChainId: null, fromToken: 'USDC', toToken: 'ETH', amount: { type: 'percent', value: '50' }, ...partial });

describe('inferTrade', () => {
  it('picks the one chain holding the token and says so; a swap stays on that chain', () => {
    const result = inferTrade(intent({}), portfolio(chain(8453, 'Base', [token('USDC', '5')]), chain(42161, 'Arbitrum', [token('ARB', '5')])));
    expect(result).toEqual({ ok: true, reading: { fromChainId: 8453, toChainId: 8453, fromToken: 'USDC', toToken: 'ETH', amount: { type: 'percent', value: '50' } }, note: 'You hold USDC only on Base, so I used Base.' });
  });

  it('asks when several chains hold it, or none does (naming unknown chains)', () => {
    const two = inferTrade(intent({}), portfolio(chain(8453, 'Base', [token('USDC', '5')]), chain(42161, 'Arbitrum', [token('USDC', '5')])));
    expect(two).toEqual({ ok: false, question: 'You hold USDC on Base and Arbitrum. Which chain should I swap half of your USDC from?' });
    const none = inferTrade(intent({}), portfolio(chain(8453, 'Base', []), chain(10, 'Optimism', [], 'unavailable')));
    expect(none.ok).toBe(false);
    expect(!none.ok && none.question).toMatch(/Balances on Optimism are unknown right now/);
  });

  it('a bridge source is inferred away from the destination; a missing destination is asked for', () => {
    const p = portfolio(chain(8453, 'Base', [token('USDC', '5')]), chain(10, 'Optimism', [token('USDC', '5')]));
    const bridge = inferTrade(intent({ kind: 'bridge', toChainId: 10, toToken: 'USDC' }), p);
    expect(bridge.ok && bridge.reading).toMatchObject({ fromChainId: 8453, toChainId: 10 });
    const noDestination = inferTrade(intent({ kind: 'bridge', fromChainId: 8453, toToken: 'USDC' }), p);
    expect(noDestination).toEqual({ ok: false, question: 'To which chain do you want to bridge your USDC from Base?' });
  });

  it('asks for a missing token or amount before anything else', () => {
    const p = portfolio();
    expect(inferTrade(intent({ fromToken: null }), p).ok).toBe(false);
    expect(inferTrade(intent({ toToken: null }), p)).toEqual({ ok: false, question: 'Which token do you want to receive for your USDC?' });
    expect(inferTrade(intent({ amount: null }), p)).toMatchObject({ ok: false, question: expect.stringMatching(/^How much USDC/) });
  });
});
