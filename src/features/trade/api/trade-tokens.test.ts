import { describe, expect, it } from 'vitest';
import { verifiedTokensFrom } from './trade-tokens';

const usdc = { address: '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913', chainId: 8453, symbol: 'USDC', name: 'USD Coin', decimals: 6, priceUSD: '1' };

describe('verifiedTokensFrom', () => {
  it('keeps a token with a null priceUSD and logoURI, its price unknown rather than zero', () => {
    const [token] = verifiedTokensFrom({ tokens: { 8453: [{ ...usdc, priceUSD: null, logoURI: null, coinKey: null }] } }, [8453]);
    expect(token).toMatchObject({ symbol: 'USDC', decimals: 6 });
    expect(token?.priceUSD).toBeUndefined();
    expect(token?.logoURI).toBeUndefined();
  });

  it('drops malformed entries, entries filed under another chain and chains not asked for', () => {
    const tokens = verifiedTokensFrom({ tokens: { 8453: [usdc, { ...usdc, decimals: 77 }, { ...usdc, chainId: 10 }, 'x'], 10: [{ ...usdc, chainId: 10 }] } }, [8453]);
    expect(tokens).toHaveLength(1);
  });

  it('refuses an answer without a token object', () => {
    expect(() => verifiedTokensFrom({ chains: [] }, [8453])).toThrow(/malformed/);
    expect(() => verifiedTokensFrom(null, [8453])).toThrow(/malformed/);
  });
});
