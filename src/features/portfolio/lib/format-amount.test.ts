import { describe, expect, it } from 'vitest';
import { formatTokenAmount } from './format-amount';

describe('formatTokenAmount', () => {
  it('formats 6-decimal and 18-decimal balances', () => {
    expect(formatTokenAmount(1_234_500_000n, 6)).toBe('1,234.5');
    expect(formatTokenAmount(10_250_000_000_000_000_000n, 18)).toBe('10.25');
    expect(formatTokenAmount(10_000n * 10n ** 18n, 18)).toBe('10,000');
  });

  it('truncates instead of rounding up', () => {
    expect(formatTokenAmount(1_999_999n, 6)).toBe('1.9999');
    expect(formatTokenAmount(123_456_789n * 10n ** 12n, 18)).toBe('123.4567');
    expect(formatTokenAmount(5_000_129_999n, 6)).toBe('5,000.12');
  });

  it('shows small and zero amounts honestly', () => {
    expect(formatTokenAmount(0n, 18)).toBe('0');
    expect(formatTokenAmount(1n, 18)).toBe('<0.000001');
    expect(formatTokenAmount(1_500n, 6)).toBe('0.0015');
    expect(formatTokenAmount(1n, 6)).toBe('0.000001');
  });

  it('handles zero decimals, huge values and negatives', () => {
    expect(formatTokenAmount(42n, 0)).toBe('42');
    expect(formatTokenAmount(10n ** 30n, 0)).toBe('1,000,000,000,000,000,000,000,000,000,000');
    expect(formatTokenAmount(-2_500_000n, 6)).toBe('-2.5');
    expect(formatTokenAmount(7n, 36)).toBe('<0.000001');
  });

  it('respects an explicit precision and rejects bad decimals', () => {
    expect(formatTokenAmount(1_234_567n, 6, 2)).toBe('1.23');
    expect(() => formatTokenAmount(1n, -1)).toThrow(/decimals/);
    expect(() => formatTokenAmount(1n, 1.5)).toThrow(/decimals/);
  });
});
