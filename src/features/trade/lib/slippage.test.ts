import { describe, expect, it } from 'vitest';
import { parseSlippagePercent } from './slippage';

describe('parseSlippagePercent', () => {
  it('turns percent into a fraction', () => {
    expect(parseSlippagePercent('0.5')).toEqual({ ok: true, fraction: 0.005 });
    expect(parseSlippagePercent('3')).toEqual({ ok: true, fraction: 0.03 });
    expect(parseSlippagePercent(' 1,25 % ')).toEqual({ ok: true, fraction: 0.0125 });
    expect(parseSlippagePercent('.1')).toEqual({ ok: true, fraction: 0.001 });
  });
  it('refuses more than the 3 % cap with a reason', () => {
    const result = parseSlippagePercent('3.01');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/at most 3 %/);
    expect(parseSlippagePercent('50').ok).toBe(false);
  });
  it('refuses zero, empty, garbage and too many decimals', () => {
    for (const text of ['0', '', 'abc', '-1', '1e1', '0.125']) expect(parseSlippagePercent(text).ok, text).toBe(false);
  });
});
