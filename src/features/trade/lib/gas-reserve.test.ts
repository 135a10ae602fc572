import { describe, expect, it } from 'vitest';
import { gasReserve } from './gas-reserve';

describe('gasReserve', () => {
  it('keeps more on Ethereum than on an L2, in native base units', () => {
    expect(gasReserve(1)).toBe(5_000_000_000_000_000n);
    expect(gasReserve(8453)).toBe(500_000_000_000_000n);
    expect(gasReserve(137)).toBe(500_000_000_000_000_000n);
  });
  it('falls back to the L2 default for an unknown chain', () => {
    expect(gasReserve(31337)).toBe(500_000_000_000_000n);
  });
});
