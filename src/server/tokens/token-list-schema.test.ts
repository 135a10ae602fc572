import { describe, expect, it } from 'vitest';
import { parseLifiTokenList } from './token-list-schema';

const usdc = { address: '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48', chainId: 1, symbol: 'USDC', name: 'USD Coin', decimals: 6, coinKey: 'USDC', priceUSD: '0.9998' };

describe('parseLifiTokenList', () => {
  it('keeps valid tokens, checksums addresses and parses prices', () => {
    const { byChain, dropped } = parseLifiTokenList({ tokens: { 1: [usdc] } });
    expect(dropped).toBe(0);
    expect(byChain.get(1)).toEqual([
      { chainId: 1, address: '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48', symbol: 'USDC', name: 'USD Coin', decimals: 6, coinKey: 'USDC', logoURI: undefined, priceUSD: 0.9998 },
    ]);
  });

  it('drops hostile entries one by one and keeps the rest', () => {
    const bad = [
      { ...usdc, decimals: 77 },
      { ...usdc, decimals: -1 },
      { ...usdc, decimals: 6.5 },
      { ...usdc, address: '0x1234' },
      { ...usdc, address: '0xZZb86991c6218b36c1d19d4a2e9eb0ce3606eb48' },
      { ...usdc, address: 'not an address at all, 40 chars long....' },
      { ...usdc, chainId: 10 }, // listed under chain 1 but claims chain 10
      { ...usdc, symbol: '' },
      { ...usdc, address: '0x0000000000000000000000000000000000000001', symbol: 'CLAIM', name: 'Claim at usdc-gift.com' },
      'a string',
      null,
      { ...usdc }, // duplicate address
    ];
    const { byChain, dropped } = parseLifiTokenList({ tokens: { 1: [usdc, ...bad], 999999: [{ ...usdc, chainId: 999999 }] } });
    expect(byChain.get(1)).toHaveLength(1);
    expect(byChain.has(999999)).toBe(false);
    expect(dropped).toBe(bad.length + 1);
  });

  it('accepts decimals at the bounds 0 and 36 and numeric strings', () => {
    const edge = [
      { ...usdc, decimals: 0 },
      { ...usdc, address: '0x0000000000000000000000000000000000000002', decimals: 36 },
      { ...usdc, address: '0x0000000000000000000000000000000000000003', decimals: '18' },
    ];
    expect(parseLifiTokenList({ tokens: { 1: edge } }).byChain.get(1)?.map((t) => t.decimals)).toEqual([0, 36, 18]);
  });

  it('refuses an envelope without a tokens object', () => {
    expect(() => parseLifiTokenList({ chains: [] })).toThrow(/tokens/);
    expect(() => parseLifiTokenList('<html>')).toThrow(/tokens/);
  });

  it('treats broken prices as unknown, never as zero', () => {
    const { byChain } = parseLifiTokenList({ tokens: { 1: [{ ...usdc, priceUSD: 'NaN' }] } });
    expect(byChain.get(1)?.[0]?.priceUSD).toBeNull();
  });

  it('keeps a token whose priceUSD, logoURI and coinKey are null, with an unknown price', () => {
    const { byChain, dropped } = parseLifiTokenList({ tokens: { 1: [{ ...usdc, priceUSD: null, logoURI: null, coinKey: null }] } });
    expect(dropped).toBe(0);
    expect(byChain.get(1)?.[0]).toMatchObject({ symbol: 'USDC', priceUSD: null, logoURI: undefined, coinKey: undefined });
  });
});
