import { describe, expect, it } from 'vitest';
import { findAmounts } from './amounts';
import { normalise } from './normalise';

const amounts = (text: string) => findAmounts(normalise(text).words).map((match) => match.amount);

describe('findAmounts', () => {
  it.each([
    ['0.5', { type: 'exact', value: '0.5' }],
    ['.5', { type: 'exact', value: '0.5' }],
    ['1,000', { type: 'exact', value: '1000' }],
    ['3.5k', { type: 'exact', value: '3500' }],
    ['2m', { type: 'exact', value: '2000000' }],
    ['1.25 million', { type: 'exact', value: '1250000' }],
    ['half', { type: 'percent', value: '50' }],
    ['a quarter', { type: 'percent', value: '25' }],
    ['25%', { type: 'percent', value: '25' }],
    ['25 percent', { type: 'percent', value: '25' }],
    ['12.5 per cent', { type: 'percent', value: '12.5' }],
    ['all', { type: 'max', value: '100' }],
    ['max', { type: 'max', value: '100' }],
    ['everything', { type: 'max', value: '100' }],
    ['$100 worth', { type: 'usd', value: '100' }],
    ['100 dollars of', { type: 'usd', value: '100' }],
    ['100 usd worth', { type: 'usd', value: '100' }],
    ['usd 40', { type: 'usd', value: '40' }],
  ])('reads "%s"', (text, expected) => {
    expect(amounts(text)).toEqual([expected]);
  });

  it.each(['-5', 'minus 5', 'negative 5', '0', '0.000', '$0', '-$5', '0%', '101%'])('gives no amount for "%s"', (text) => {
    expect(amounts(text)).toEqual([null]);
  });

  it('ignores digits inside words and a dollar sign without a number', () => {
    expect(amounts('arb1 l1 usdt0 $ worth')).toEqual([]);
  });

  it('keeps every amount in reading order', () => {
    expect(amounts('buy 0.1 eth with 300 usdc')).toEqual([
      { type: 'exact', value: '0.1' },
      { type: 'exact', value: '300' },
    ]);
  });

  it('does not read "100 usd coin" as dollars', () => {
    expect(amounts('100 usd coin')).toEqual([{ type: 'exact', value: '100' }]);
  });
});
