import { describe, expect, it } from 'vitest';
import { NATIVE_TOKEN_ADDRESS } from '@/domain/chains';
import { resolveAmount, type AmountToken } from './amount-resolution';

const USDC: AmountToken = { symbol: 'USDC', address: '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913', decimals: 6, priceUSD: 1 };
const ETH: AmountToken = { symbol: 'ETH', address: NATIVE_TOKEN_ADDRESS, decimals: 18, priceUSD: 2000 };
const E18 = 10n ** 18n;
const RESERVE = 5n * 10n ** 14n; // 0.0005 ETH

const ok = (amount: bigint) => ({ ok: true, amount });

describe('resolveAmount', () => {
  it('exact amounts use the token decimals and must fit the balance', () => {
    expect(resolveAmount({ type: 'exact', value: '12.5' }, USDC, 100_000_000n, 8453, RESERVE)).toEqual(ok(12_500_000n));
    expect(resolveAmount({ type: 'exact', value: '150' }, USDC, 100_000_000n, 8453, RESERVE)).toEqual({ ok: false, reason: 'you hold only 100 USDC on Base' });
    expect(resolveAmount({ type: 'exact', value: '0.0000001' }, USDC, 100_000_000n, 8453, RESERVE).ok).toBe(false);
  });

  it('percent and max are shares of the spendable balance; the native coin keeps its gas reserve', () => {
    expect(resolveAmount({ type: 'percent', value: '50' }, USDC, 100_000_001n, 8453, RESERVE)).toEqual(ok(50_000_000n));
    expect(resolveAmount({ type: 'percent', value: '12.5' }, USDC, 80n, 8453, RESERVE)).toEqual(ok(10n));
    expect(resolveAmount({ type: 'max', value: '100' }, USDC, 7n, 8453, RESERVE)).toEqual(ok(7n));
    expect(resolveAmount({ type: 'max', value: '100' }, ETH, E18, 8453, RESERVE)).toEqual(ok(E18 - RESERVE));
    expect(resolveAmount({ type: 'percent', value: '50' }, ETH, E18, 8453, RESERVE)).toEqual(ok((E18 - RESERVE) / 2n));
  });

  it('usd amounts convert with the listed price, never rounding up', () => {
    expect(resolveAmount({ type: 'usd', value: '100' }, ETH, E18, 8453, RESERVE)).toEqual(ok(E18 / 20n));
    expect(resolveAmount({ type: 'usd', value: '10' }, { ...USDC, priceUSD: 3 }, 100_000_000n, 8453, RESERVE)).toEqual(ok(3_333_333n));
    expect(resolveAmount({ type: 'usd', value: '10' }, { ...USDC, priceUSD: null }, 100_000_000n, 8453, RESERVE).ok).toBe(false);
  });

  it('an exact native amount that eats the gas reserve is refused, and so is a zero balance', () => {
    const result = resolveAmount({ type: 'exact', value: '1' }, ETH, E18, 8453, RESERVE);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/too little for gas; at most 0\.9995 ETH/);
    expect(resolveAmount({ type: 'exact', value: '1' }, USDC, 0n, 42161, RESERVE)).toEqual({ ok: false, reason: 'you hold no USDC on Arbitrum' });
    expect(resolveAmount({ type: 'max', value: '100' }, ETH, RESERVE, 8453, RESERVE).ok).toBe(false);
  });

  it('an amount rounding to zero base units is refused', () => {
    expect(resolveAmount({ type: 'percent', value: '1' }, USDC, 50n, 8453, RESERVE)).toEqual({ ok: false, reason: 'that amount of USDC rounds to zero' });
  });
});
