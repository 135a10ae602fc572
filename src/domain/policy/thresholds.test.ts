import { describe, expect, it } from 'vitest';
import { DEFAULT_SLIPPAGE, MAX_SLIPPAGE, effectiveSlippage } from './thresholds';

describe('effectiveSlippage', () => {
  it('is the default 0.5 % when the setting is missing, zero, negative or not a number', () => {
    for (const setting of [undefined, 0, -0.01, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(effectiveSlippage(setting), String(setting)).toBe(DEFAULT_SLIPPAGE);
    }
    expect(DEFAULT_SLIPPAGE).toBe(0.005);
  });

  it('is the setting up to the 3 % cap, and the cap above it', () => {
    expect(effectiveSlippage(0.001)).toBe(0.001);
    expect(effectiveSlippage(0.01)).toBe(0.01);
    expect(effectiveSlippage(0.03)).toBe(0.03);
    expect(effectiveSlippage(0.0301)).toBe(MAX_SLIPPAGE);
    expect(effectiveSlippage(0.5)).toBe(MAX_SLIPPAGE);
    expect(MAX_SLIPPAGE).toBe(0.03);
  });
});
