import { describe, expect, it } from 'vitest';
import { rateUpdateFigures } from './rate-update';

describe('rateUpdateFigures', () => {
  it('gives the old and new amounts, the drop and the new minimum at the step slippage', () => {
    expect(rateUpdateFigures({ oldToAmount: '99750000', newToAmount: '94762500' }, 0.005)).toEqual({
      before: 99_750_000n, after: 94_762_500n, minimum: 94_288_687n, dropPercent: 5, slippage: 0.005,
    });
  });
  it('uses the default 0.5 % when the step states no usable slippage, and never caps a stated one', () => {
    for (const stated of [undefined, 0, -0.1, 1, Number.NaN]) expect(rateUpdateFigures({ oldToAmount: '1000', newToAmount: '900' }, stated).minimum, String(stated)).toBe(895n);
    expect(rateUpdateFigures({ oldToAmount: '1000', newToAmount: '900' }, 0.5).minimum).toBe(450n);
  });
  it('treats amounts that are not base-unit integers as zero instead of throwing', () => {
    const figures = rateUpdateFigures({ oldToAmount: '-5', newToAmount: '1.5' }, 0.005);
    expect(figures).toMatchObject({ before: 0n, after: 0n, minimum: 0n, dropPercent: 0 });
  });
});
