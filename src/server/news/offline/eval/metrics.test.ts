import { describe, expect, it } from 'vitest';
import { majorityLabel, scoreLabels, scoreTokens } from './metrics';

describe('scoreLabels', () => {
  it('computes accuracy and macro-F1 over three labels', () => {
    const s = scoreLabels(['bullish', 'bullish', 'neutral', 'bearish'], ['bullish', 'neutral', 'neutral', 'neutral']);
    expect(s.accuracy).toBe(0.5);
    // bullish F1 2/3, neutral F1 1/2, bearish F1 0
    expect(s.macroF1).toBeCloseTo((2 / 3 + 0.5 + 0) / 3, 6);
  });
  it('refuses lists of different length', () => {
    expect(() => scoreLabels(['bullish'], [])).toThrow();
  });
});

describe('majorityLabel', () => {
  it('picks the most frequent label', () => {
    expect(majorityLabel(['bearish', 'neutral', 'bearish'])).toBe('bearish');
  });
});

describe('scoreTokens', () => {
  it('counts recall over gold symbols and extra symbols per article, case-insensitively', () => {
    const s = scoreTokens([['BTC', 'ETH'], [], ['stETH']], [['btc'], ['SOL'], ['STETH', 'ETH']]);
    expect(s.goldMentions).toBe(3);
    expect(s.recall).toBeCloseTo(2 / 3, 6);
    expect(s.falsePerArticle).toBeCloseTo(2 / 3, 6);
  });
});
