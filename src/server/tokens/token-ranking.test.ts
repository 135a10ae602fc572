import { describe, expect, it } from 'vitest';
import type { Address } from 'viem';
import { NATIVE_TOKEN_ADDRESS } from '@/domain/chains';
import { pickTrackedTokens } from './token-ranking';
import type { ListedToken } from './token-types';

const token = (chainId: number, n: number, symbol: string, extra: Partial<ListedToken> = {}): ListedToken => ({
  chainId, address: `0x${n.toString(16).padStart(40, '0')}` as Address, symbol, name: symbol, decimals: 18, priceUSD: 1, ...extra,
});

describe('pickTrackedTokens', () => {
  it('puts the native coin first, then well-known coins, then list order, up to the limit', () => {
    const list = [
      token(1, 0x100, 'FOO'), token(1, 0x101, 'BAR'), token(1, 0x102, 'USDT'), token(1, 0x103, 'WETH'),
      token(1, 0x104, 'LINK'), token(1, 0, 'ETH', { address: NATIVE_TOKEN_ADDRESS, priceUSD: 3000 }), token(1, 0x105, 'usdc'),
    ];
    const picked = pickTrackedTokens(1, list, 5);
    expect(picked.map((t) => t.symbol)).toEqual(['ETH', 'WETH', 'usdc', 'USDT', 'LINK', 'FOO']);
    expect(picked[0]?.priceUSD).toBe(3000);
  });

  it('ranks by coinKey when the symbol is unusual', () => {
    const list = [token(8453, 0x200, 'ABC'), token(8453, 0x201, 'USDbC', { coinKey: 'USDC' })];
    expect(pickTrackedTokens(8453, list).map((t) => t.symbol)).toEqual(['ETH', 'USDbC', 'ABC']);
  });

  it('synthesises the native coin from the chain registry when the list lacks it', () => {
    const [native] = pickTrackedTokens(56, []);
    expect(native).toMatchObject({ address: NATIVE_TOKEN_ADDRESS, symbol: 'BNB', decimals: 18, priceUSD: null });
  });

  it('never reads a native-mirroring ERC-20 (CELO, POL) besides the native coin', () => {
    const celo = token(42220, 0, 'CELO', { address: '0x471EcE3750Da237f93B8E339c536989b8978a438', priceUSD: 0.5 });
    const picked = pickTrackedTokens(42220, [celo, token(42220, 0x300, 'cUSD')]);
    expect(picked.map((t) => [t.symbol, t.address])).toEqual([['CELO', NATIVE_TOKEN_ADDRESS], ['cUSD', `0x${'300'.padStart(40, '0')}`]]);
    expect(picked[0]?.priceUSD).toBe(0.5);
  });
});
