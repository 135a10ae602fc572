import { describe, expect, it } from 'vitest';
import type { Address } from 'viem';
import { NATIVE_TOKEN_ADDRESS } from '@/domain/chains';
import type { ListedToken } from '../tokens/token-types';
import { buildChainHoldings, totalUsd } from './holdings';

const token = (symbol: string, address: string, decimals: number, priceUSD: number | null, name = symbol): ListedToken =>
  ({ chainId: 1, address: address as Address, symbol, name, decimals, priceUSD });
const eth = token('ETH', NATIVE_TOKEN_ADDRESS, 18, 2000);
const usdc = token('USDC', '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48', 6, 1);
const mystery = token('MYST', '0x0000000000000000000000000000000000000abc', 18, null);
const chain = { id: 1, name: 'Ethereum' };

describe('buildChainHoldings', () => {
  it('keeps non-zero balances with exact base units and USD values, highest value first, unknown last', () => {
    const holdings = buildChainHoldings(chain, {
      ok: true,
      balances: [
        { token: mystery, balance: 5n },
        { token: usdc, balance: 1_234_500_000n },
        { token: eth, balance: 1_500_000_000_000_000_000n },
        { token: token('DAI', '0x6B175474E89094C44Da98b954EedeAC495271d0F', 18, 1), balance: 0n },
      ],
    });
    expect(holdings.status).toBe('ok');
    expect(holdings.tokens.map((t) => [t.symbol, t.balance, t.valueUSD])).toEqual([
      ['ETH', '1500000000000000000', 3000], ['USDC', '1234500000', 1234.5], ['MYST', '5', null],
    ]);
  });

  it('keeps dust with its value but never shows spam', () => {
    const spam = token('USDC', '0x0000000000000000000000000000000000000def', 6, 1, 'Claim at usdc-drop.com');
    const holdings = buildChainHoldings(chain, { ok: true, balances: [{ token: spam, balance: 10n ** 12n }, { token: usdc, balance: 1000n }] });
    expect(holdings.tokens).toEqual([expect.objectContaining({ symbol: 'USDC', balance: '1000', valueUSD: 0.001 })]);
  });

  it('drops a token whose decimals are absurd', () => {
    const weird = token('WEIRD', '0x0000000000000000000000000000000000000123', 255, 1);
    expect(buildChainHoldings(chain, { ok: true, balances: [{ token: weird, balance: 1n }] }).tokens).toEqual([]);
  });

  it('marks a failed chain unavailable with its reason and no tokens', () => {
    expect(buildChainHoldings(chain, { ok: false, error: 'the RPC is unreachable' })).toEqual({
      chainId: 1, name: 'Ethereum', status: 'unavailable', error: 'the RPC is unreachable', tokens: [],
    });
  });
});

describe('totalUsd', () => {
  it('sums known values of available chains only', () => {
    const ok = buildChainHoldings(chain, { ok: true, balances: [{ token: usdc, balance: 2_000_000n }, { token: mystery, balance: 1n }] });
    const down = { ...ok, status: 'unavailable' as const };
    expect(totalUsd([ok, down, ok])).toBe(4);
  });
});
