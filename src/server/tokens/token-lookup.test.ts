import { describe, expect, it } from 'vitest';
import type { Address } from 'viem';
import { lookupToken } from './token-lookup';
import type { ListedToken, TokenList } from './token-types';

const t = (address: string, symbol: string): ListedToken => ({ chainId: 1, address: address as Address, symbol, name: symbol, decimals: 6, priceUSD: 1 });
const list: TokenList = {
  source: 'lifi',
  fetchedAt: 0,
  byChain: new Map([[1, [
    t('0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48', 'USDC'),
    t('0xdAC17F958D2ee523a2206206994597C13D831ec7', 'USDT'),
    t('0x0000000000000000000000000000000000000bad', 'USDT'),
  ]]]),
};

describe('lookupToken', () => {
  it('finds a listed token by symbol, case-insensitively', () => {
    expect(lookupToken(list, 1, 'usdc')).toMatchObject({ ok: true, token: { symbol: 'USDC' } });
  });

  it('finds a listed token by address in any case', () => {
    expect(lookupToken(list, 1, '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48')).toMatchObject({ ok: true, token: { symbol: 'USDC' } });
  });

  it('refuses a symbol that maps to two addresses instead of guessing', () => {
    const result = lookupToken(list, 1, 'USDT');
    expect(result).toMatchObject({ ok: false, reason: 'ambiguous' });
    if (!result.ok) expect(result.candidates).toHaveLength(2);
  });

  it('refuses unlisted tokens, other chains and malformed addresses', () => {
    expect(lookupToken(list, 1, 'PEPE')).toMatchObject({ ok: false, reason: 'not-listed' });
    expect(lookupToken(list, 10, 'USDC')).toMatchObject({ ok: false, reason: 'not-listed' });
    expect(lookupToken(list, 1, '0x0000000000000000000000000000000000000001')).toMatchObject({ ok: false, reason: 'not-listed' });
    expect(lookupToken(list, 1, '0x12')).toMatchObject({ ok: false, message: expect.stringContaining('not a valid token address') });
  });
});
