import { describe, expect, it } from 'vitest';
import { gasReserve } from './gas-reserve';

describe('gasReserve', () => {
  it('keeps more on mainnet and on chains with cheap coins than on L2s', () => {
    expect(gasReserve(1)).toBe(5_000_000_000_000_000n);
    expect(gasReserve(8453)).toBe(500_000_000_000_000n);
    expect(gasReserve(137)).toBe(500_000_000_000_000_000n);
  });

  it('uses the L2 default for a chain it does not list', () => {
    expect(gasReserve(999_999)).toBe(500_000_000_000_000n);
  });
});
