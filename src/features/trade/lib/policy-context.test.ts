import { describe, expect, it } from 'vitest';
import type { Portfolio } from '@/domain/portfolio';
import { balanceFromHoldings, buildPolicyContext } from './policy-context';

const ACCOUNT = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';
const USDC = '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913';
const holdings: Portfolio = {
  address: ACCOUNT,
  totalUSD: 125,
  updatedAt: '2026-01-01T00:00:00.000Z',
  chains: [
    { chainId: 8453, name: 'Base', status: 'ok', tokens: [{ symbol: 'USDC', name: 'USD Coin', address: USDC, decimals: 6, balance: '125000000', priceUSD: 1, valueUSD: 125 }] },
    { chainId: 42161, name: 'Arbitrum', status: 'unavailable', error: 'RPC down', tokens: [] },
  ],
};

describe('balanceFromHoldings', () => {
  it('reads a held token, zero for an unlisted token on a read chain', () => {
    expect(balanceFromHoldings(holdings, ACCOUNT, 8453, USDC.toLowerCase())).toBe(125_000_000n);
    expect(balanceFromHoldings(holdings, ACCOUNT, 8453, '0x0000000000000000000000000000000000000000')).toBe(0n);
  });
  it('is unknown for an unavailable chain, a missing portfolio, or another account', () => {
    expect(balanceFromHoldings(holdings, ACCOUNT, 42161, USDC)).toBeUndefined();
    expect(balanceFromHoldings(holdings, ACCOUNT, 10, USDC)).toBeUndefined();
    expect(balanceFromHoldings(undefined, ACCOUNT, 8453, USDC)).toBeUndefined();
    expect(balanceFromHoldings(holdings, '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC', 8453, USDC)).toBeUndefined();
  });
});

describe('buildPolicyContext', () => {
  it('wires balances, the gas reserve, slippage and the typed confirmation', () => {
    const ctx = buildPolicyContext({ account: ACCOUNT, diamonds: { 8453: '0x1231DEB6f5749EF6cE6943a275A1D3E7486F4EaE' }, tokens: [], holdings, slippage: 0.01 });
    expect(ctx.balanceOf(8453, USDC)).toBe(125_000_000n);
    expect(ctx.gasReserve(1)).toBe(5_000_000_000_000_000n);
    expect(ctx.slippage).toBe(0.01);
    expect(ctx.valueLossConfirmed).toBe(false);
    expect(ctx.request).toBeUndefined();
  });
});
