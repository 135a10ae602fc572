import { describe, expect, it } from 'vitest';
import { amountForPercent, maxSpendable, parseAmountInput, resolveAmountChoice } from './amount-input';

describe('parseAmountInput', () => {
  it('parses decimals into base units with the token decimals', () => {
    expect(parseAmountInput('12.5', 6)).toEqual({ status: 'ok', amount: 12_500_000n });
    expect(parseAmountInput('0.000001', 6)).toEqual({ status: 'ok', amount: 1n });
    expect(parseAmountInput('1', 18)).toEqual({ status: 'ok', amount: 10n ** 18n });
    expect(parseAmountInput(' .5 ', 2)).toEqual({ status: 'ok', amount: 50n });
    expect(parseAmountInput('3.', 0)).toEqual({ status: 'ok', amount: 3n });
  });
  it('reads a single comma as the decimal point', () => {
    expect(parseAmountInput('1,25', 6)).toEqual({ status: 'ok', amount: 1_250_000n });
  });
  it('treats empty input as empty, not as an error', () => {
    expect(parseAmountInput('  ', 6)).toEqual({ status: 'empty' });
  });
  it('refuses more decimal places than the token has instead of rounding', () => {
    expect(parseAmountInput('1.0000001', 6, 'USDC')).toEqual({ status: 'invalid', message: 'USDC has at most 6 decimal places.' });
    expect(parseAmountInput('1.5', 0, 'NFTX')).toEqual({ status: 'invalid', message: 'NFTX has no decimal places.' });
    // trailing zeros add no precision
    expect(parseAmountInput('1.5000000', 6)).toEqual({ status: 'ok', amount: 1_500_000n });
  });
  it('refuses garbage and zero', () => {
    for (const text of ['abc', '1e5', '-1', '1.2.3', '.', '1,000.5', '0x10']) {
      expect(parseAmountInput(text, 6).status, text).toBe('invalid');
    }
    expect(parseAmountInput('0.000', 6)).toEqual({ status: 'invalid', message: 'Enter an amount above zero.' });
  });
});

describe('max and percent', () => {
  const reserve = 5_000_000_000_000_000n; // 0.005
  it('keeps the gas reserve only for the native coin', () => {
    expect(maxSpendable(10n ** 18n, true, reserve)).toBe(10n ** 18n - reserve);
    expect(maxSpendable(10n ** 18n, false, reserve)).toBe(10n ** 18n);
    expect(maxSpendable(reserve - 1n, true, reserve)).toBe(0n);
  });
  it('rounds a share down and caps it at what is spendable', () => {
    expect(amountForPercent(1_000_001n, 50, false, 0n)).toBe(500_000n);
    expect(amountForPercent(10n ** 18n, 100, true, reserve)).toBe(10n ** 18n - reserve);
    expect(amountForPercent(10n ** 18n, 25, true, reserve)).toBe(250_000_000_000_000_000n);
    expect(() => amountForPercent(1n, 0, false, 0n)).toThrow(RangeError);
    expect(() => amountForPercent(1n, 101, false, 0n)).toThrow(RangeError);
  });
  it('resolves choices and explains when nothing is spendable', () => {
    const eth = { decimals: 18, symbol: 'ETH', isNative: true };
    expect(resolveAmountChoice({ kind: 'max' }, eth, 10n ** 18n, reserve)).toEqual({ status: 'ok', amount: 10n ** 18n - reserve });
    expect(resolveAmountChoice({ kind: 'max' }, eth, reserve, reserve)).toEqual({ status: 'invalid', message: 'Your ETH balance is below the gas reserve.' });
    expect(resolveAmountChoice({ kind: 'percent', percent: 50 }, { ...eth, symbol: 'USDC', isNative: false }, 0n, reserve)).toEqual({ status: 'invalid', message: 'You hold no USDC.' });
    expect(resolveAmountChoice({ kind: 'max' }, eth, undefined, reserve).status).toBe('invalid');
    expect(resolveAmountChoice({ kind: 'exact', text: '0.5' }, eth, undefined, reserve)).toEqual({ status: 'ok', amount: 5n * 10n ** 17n });
  });
});
