import { describe, expect, it } from 'vitest';
import { lifiTokenSchema, parsePrice } from './lifi-token';

const usdc = { address: '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48', chainId: 1, symbol: 'USDC', name: 'USD Coin', decimals: 6 };

describe('lifiTokenSchema', () => {
  it('accepts a token whose priceUSD, logoURI and coinKey are null or absent, as LI.FI sends them', () => {
    for (const extras of [{ priceUSD: null, logoURI: null, coinKey: null }, {}]) {
      const parsed = lifiTokenSchema.parse({ ...usdc, ...extras });
      expect(parsed).toMatchObject(usdc);
      expect([parsed.priceUSD, parsed.logoURI, parsed.coinKey]).toEqual([undefined, undefined, undefined]);
    }
  });

  it('keeps a usable price as a decimal string, from a string or a number', () => {
    expect(lifiTokenSchema.parse({ ...usdc, priceUSD: '0.9998' }).priceUSD).toBe('0.9998');
    expect(lifiTokenSchema.parse({ ...usdc, priceUSD: 2000 }).priceUSD).toBe('2000');
    expect(lifiTokenSchema.parse({ ...usdc, priceUSD: '0' }).priceUSD).toBe('0');
  });

  it('drops a broken price or logo instead of refusing the token: unknown, never zero or a script', () => {
    for (const priceUSD of ['NaN', '-3', '', 'abc', {}]) expect(lifiTokenSchema.parse({ ...usdc, priceUSD }).priceUSD, String(priceUSD)).toBeUndefined();
    for (const logoURI of ['javascript:alert(1)', 'data:image/svg+xml,<svg/>', 'not a url', 7]) {
      expect(lifiTokenSchema.parse({ ...usdc, logoURI }).logoURI, String(logoURI)).toBeUndefined();
    }
    expect(lifiTokenSchema.parse({ ...usdc, logoURI: 'https://static.debank.com/usdc.png' }).logoURI).toBe('https://static.debank.com/usdc.png');
  });

  it('reads digit strings as integers and keeps fields it does not know', () => {
    expect(lifiTokenSchema.parse({ ...usdc, chainId: '8453', decimals: '18', extra: 1 })).toMatchObject({ chainId: 8453, decimals: 18, extra: 1 });
  });

  it('refuses what would make amounts or identity wrong', () => {
    const bad = [
      { decimals: null }, { decimals: 37 }, { decimals: -1 }, { decimals: 6.5 }, { decimals: '6.5' }, { decimals: '' },
      { chainId: 0 }, { chainId: null }, { chainId: '1e3' },
      { address: '0x1234' }, { address: 'not an address at all, 40 chars long....' },
      { symbol: '' }, { symbol: '   ' }, { symbol: '<img src=x>' }, { symbol: 'X'.repeat(33) },
      { name: undefined },
    ];
    for (const fields of bad) expect(lifiTokenSchema.safeParse({ ...usdc, ...fields }).success, JSON.stringify(fields)).toBe(false);
    expect(lifiTokenSchema.parse({ ...usdc, decimals: 0 }).decimals).toBe(0);
    expect(lifiTokenSchema.parse({ ...usdc, decimals: 36 }).decimals).toBe(36);
  });
});

describe('parsePrice', () => {
  it('is a finite non-negative number or null', () => {
    expect(parsePrice('-3')).toBeNull();
    expect(parsePrice(undefined)).toBeNull();
    expect(parsePrice(null)).toBeNull();
    expect(parsePrice('')).toBeNull();
    expect(parsePrice('Infinity')).toBeNull();
    expect(parsePrice('0')).toBe(0);
    expect(parsePrice(2.5)).toBe(2.5);
  });
});
