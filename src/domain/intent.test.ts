import { describe, expect, it } from 'vitest';
import { UNKNOWN_INTENT, intentSchema } from './intent';

const swap = {
  kind: 'swap',
  fromChainId: 8453,
  toChainId: 8453,
  fromToken: 'USDC',
  toToken: 'ETH',
  amount: { type: 'exact', value: '0.5' },
};

describe('intentSchema', () => {
  it('accepts a well-formed intent and the unknown intent', () => {
    expect(intentSchema.parse(swap)).toEqual(swap);
    expect(intentSchema.parse(UNKNOWN_INTENT)).toEqual(UNKNOWN_INTENT);
    expect(intentSchema.parse({ ...swap, fromToken: 'USDC.E', amount: { type: 'max', value: '100' } }).fromToken).toBe('USDC.E');
  });

  it.each([
    ['a recipient field', { ...swap, recipient: '0x0000000000000000000000000000000000000001' }],
    ['a lower-case symbol', { ...swap, fromToken: 'usdc' }],
    ['a zero amount', { ...swap, amount: { type: 'exact', value: '0' } }],
    ['a negative amount', { ...swap, amount: { type: 'exact', value: '-1' } }],
    ['a formatted amount', { ...swap, amount: { type: 'exact', value: '1,000' } }],
    ['trailing zeros', { ...swap, amount: { type: 'exact', value: '1.50' } }],
    ['a percent above 100', { ...swap, amount: { type: 'percent', value: '150' } }],
    ['a max that is not "100"', { ...swap, amount: { type: 'max', value: 'all' } }],
    ['an unknown kind', { ...swap, kind: 'send' }],
    ['a fractional chain id', { ...swap, fromChainId: 1.5 }],
  ])('rejects %s', (_name, value) => {
    expect(intentSchema.safeParse(value).success).toBe(false);
  });

  it('names the field that is wrong', () => {
    const result = intentSchema.safeParse({ ...swap, amount: { type: 'percent', value: '150' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['amount', 'value']);
  });
});
