import { describe, expect, it } from 'vitest';
import { AmountError, MAX_TOKEN_DECIMALS, formatAmount, formatUnitsExact, formatUsd, parseAmount, usdValue } from './amounts';

describe('parseAmount at its edges', () => {
  it('accepts the largest allowed decimals (36) and refuses 37 and fractional decimals', () => {
    expect(MAX_TOKEN_DECIMALS).toBe(36);
    expect(parseAmount('1', 36)).toBe(10n ** 36n);
    expect(() => parseAmount('1', 37)).toThrow('decimals must be an integer from 0 to 36, got 37');
    expect(() => parseAmount('1', 1.5)).toThrow(AmountError);
  });

  it('ignores underscores used as digit separators', () => {
    expect(parseAmount('1_000', 0)).toBe(1000n);
    expect(parseAmount('1_000.000_5', 4)).toBe(10_000_005n);
  });

  it('says which text is not a number', () => {
    expect(() => parseAmount('abc', 6)).toThrow('"abc" is not a decimal number');
    expect(() => parseAmount('', 6)).toThrow('"" is not a decimal number');
  });

  it('zero in every spelling is zero', () => {
    for (const zero of ['0', '0.0', '.0', '0.', '00', '0.000000']) expect(parseAmount(zero, 6), zero).toBe(0n);
    expect(parseAmount('0', 0)).toBe(0n);
  });

  it('a whole number with a trailing dot is that number', () => {
    expect(parseAmount('5.', 2)).toBe(500n);
  });
});

describe('formatUnitsExact with negative and tiny values', () => {
  it('keeps the sign in front of a value below one', () => {
    expect(formatUnitsExact(-5n, 3)).toBe('-0.005');
    expect(formatUnitsExact(-1500n, 3)).toBe('-1.5');
    expect(formatUnitsExact(0n, 0)).toBe('0');
    expect(formatUnitsExact(5n, 0)).toBe('5');
  });
});

describe('formatAmount edge cases', () => {
  it('shows negative amounts with one minus sign', () => {
    expect(formatAmount(-1500n, 3)).toBe('-1.5');
    expect(formatAmount(-1_234_567_890n, 6)).toBe('-1,234.56');
    expect(formatAmount(-1n, 18)).toBe('-<0.00000001');
  });

  it('counts only the leading zeros of a fraction as free digits, not the zeros inside it', () => {
    expect(formatAmount(parseAmount('0.105', 3), 3, { significant: 2 })).toBe('0.1');
    expect(formatAmount(parseAmount('0.0105', 4), 4, { significant: 2 })).toBe('0.01');
  });

  it('never shows more fraction digits than maxFractionDigits, even with many significant digits', () => {
    expect(formatAmount(parseAmount('1.123456789', 18), 18, { significant: 12, maxFractionDigits: 4 })).toBe('1.1234');
    expect(formatAmount(parseAmount('0.123456789', 18), 18, { significant: 12, maxFractionDigits: 4 })).toBe('0.1234');
  });

  it('the "<" form follows maxFractionDigits', () => {
    expect(formatAmount(1n, 18, { maxFractionDigits: 4 })).toBe('<0.0001');
  });
});

describe('usdValue', () => {
  it('a price of zero is a known price: the value is 0, not unknown', () => {
    expect(usdValue(5_000_000n, 6, 0)).toBe(0);
  });

  it('a zero amount at a known price is worth $0', () => {
    expect(usdValue(0n, 6, 2000)).toBe(0);
  });

  it('an infinite price is unknown', () => {
    expect(usdValue(1n, 6, Number.POSITIVE_INFINITY)).toBeNull();
  });
});

describe('formatUsd', () => {
  it('exactly one cent is shown as $0.01, just under it as <$0.01', () => {
    expect(formatUsd(0.01)).toBe('$0.01');
    expect(formatUsd(0.0099)).toBe('<$0.01');
  });

  it('unknown values use the given label, and never read as $0', () => {
    expect(formatUsd(undefined)).toBe('unknown');
    expect(formatUsd(Number.NaN, '—')).toBe('—');
    expect(formatUsd(null, 'n/a')).toBe('n/a');
    expect(formatUsd(Number.POSITIVE_INFINITY)).toBe('unknown');
  });

  it('negative values are shown as such, not as "<$0.01"', () => {
    expect(formatUsd(-0.004)).toBe('-$0.00');
    expect(formatUsd(-12.5)).toBe('-$12.50');
  });
});
