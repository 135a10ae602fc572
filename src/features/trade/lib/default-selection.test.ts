import { describe, expect, it } from 'vitest';
import type { Portfolio } from '@/domain/portfolio';
import { defaultSelection } from './default-selection';

const NATIVE = '0x0000000000000000000000000000000000000000';
const USDC = '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913';
const tokens = [
  { chainId: 8453, address: NATIVE, symbol: 'ETH' },
  { chainId: 8453, address: USDC, symbol: 'USDC' },
  { chainId: 42161, address: NATIVE, symbol: 'ETH' },
];
const holdings = (address: string): Portfolio => ({ address: '0x1', totalUSD: 0, updatedAt: '', chains: [{ chainId: 8453, name: 'Base', status: 'ok', tokens: [{ symbol: 'X', name: 'X', address: address.toLowerCase(), decimals: 6, balance: '1', priceUSD: null, valueUSD: null }] }] });

describe('defaultSelection', () => {
  it('starts from the most valuable listed holding on the wallet chain', () => {
    expect(defaultSelection(tokens, [8453, 42161], 8453, holdings(USDC))).toEqual({ fromChainId: 8453, fromToken: USDC, toChainId: 8453, toToken: NATIVE });
  });
  it('falls back to the first tradable chain and token', () => {
    expect(defaultSelection(tokens, [8453, 42161], 1, undefined)).toEqual({ fromChainId: 8453, fromToken: NATIVE, toChainId: 8453, toToken: USDC });
  });
  it('gives up when a chain has nothing to trade into', () => {
    expect(defaultSelection(tokens, [42161], 42161, undefined)).toBeUndefined();
    expect(defaultSelection([], [], undefined, undefined)).toBeUndefined();
  });
});
