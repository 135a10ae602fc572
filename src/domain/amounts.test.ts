import { describe, expect, it } from 'vitest';
import { AmountError, formatAmount, formatUnitsExact, formatUsd, parseAmount, usdValue } from './amounts';

describe('parseAmount', () => {
  it('turns decimal strings into base units with the given decimals', () => {
    expect(parseAmount('1234.5', 6)).toBe(1_234_500_000n);
    expect(parseAmount('0.000001', 6)).toBe(1n);
    expect(parseAmount('.5', 18)).toBe(500_000_000_000_000_000n);
    expect(parseAmount('7', 0)).toBe(7n);
    expect(parseAmount(' 2.50 ', 2)).toBe(250n);
    expect(parseAmount('1.000000', 2)).toBe(100n);
  });

  it('refuses more fractional digits than the token has rather than rounding', () => {
    expect(() => parseAmount('0.0000001', 6)).toThrow(/more than 6 decimal places/);
  });

  it('refuses things that are not plain decimals', () => {
    for (const bad of ['', '.', '-1', '1e18', '0x10', '1,5', 'abc', '1.2.3', 'Infinity']) {
      expect(() => parseAmount(bad, 18), bad).toThrow(AmountError);
    }
  });

  it('refuses absurd decimals', () => {
    expect(() => parseAmount('1', 77)).toThrow(/decimals/);
    expect(() => parseAmount('1', -1)).toThrow(/decimals/);
  });
});

describe('formatUnitsExact', () => {
  it('is the exact inverse of parseAmount', () => {
    for (const [text, decimals] of [['1234.5', 6], ['0.000001', 6], ['42', 0], ['0', 18], ['123456789.123456789', 18]] as const) {
      expect(formatUnitsExact(parseAmount(text, decimals), decimals)).toBe(text);
    }
    expect(formatUnitsExact(-1500n, 3)).toBe('-1.5');
  });
});

describe('formatAmount', () => {
  it('keeps the integer part and a few significant digits, rounding down', () => {
    expect(formatAmount(1_234_567_890n, 6)).toBe('1,234.56');
    expect(formatAmount(parseAmount('2.9999999', 18), 18)).toBe('2.99999');
    expect(formatAmount(parseAmount('0.00012345678', 18), 18)).toBe('0.00012345');
    expect(formatAmount(parseAmount('0.00012345678', 18), 18, { significant: 2 })).toBe('0.00012');
    expect(formatAmount(parseAmount('123456789.5', 18), 18)).toBe('123,456,789');
    expect(formatAmount(parseAmount('1000000', 6), 6)).toBe('1,000,000');
    expect(formatAmount(parseAmount('1000000', 6), 6, { group: false })).toBe('1000000');
    expect(formatAmount(0n, 18)).toBe('0');
  });

  it('shows tiny positive amounts as "<0.00000001" instead of 0', () => {
    expect(formatAmount(1n, 18)).toBe('<0.00000001');
  });
});

describe('usdValue / formatUsd', () => {
  it('multiplies the amount by the price', () => {
    expect(usdValue(1_234_500_000n, 6, 1)).toBe(1234.5);
    expect(usdValue(parseAmount('2.5', 18), 18, 3000.25)).toBe(7500.625);
  });

  it('is null, not 0, when the price is unknown or broken', () => {
    expect(usdValue(5n, 6, null)).toBeNull();
    expect(usdValue(5n, 6, Number.NaN)).toBeNull();
    expect(usdValue(5n, 6, -1)).toBeNull();
  });

  it('formats dollars at the edge', () => {
    expect(formatUsd(1234.567)).toBe('$1,234.57');
    expect(formatUsd(0.004)).toBe('<$0.01');
    expect(formatUsd(0)).toBe('$0.00');
    expect(formatUsd(null)).toBe('unknown');
    expect(formatUsd(undefined)).toBe('unknown');
    expect(formatUsd(Number.NaN, 'price unknown')).toBe('price unknown');
    expect(formatUsd(null, 'price unknown')).toBe('price unknown');
    expect(formatUsd(1234.5, 'price unknown')).toBe('$1,234.50');
  });
});
