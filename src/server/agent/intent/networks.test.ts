import { describe, expect, it } from 'vitest';
import { findOtherNetworks } from './networks';
import { normalise } from './normalise';

const networks = (text: string) => findOtherNetworks(normalise(text).words).map(({ name, testnet, start, end }) => [name, testnet, start, end]);

describe('findOtherNetworks', () => {
  it('finds testnets, with their suffix, whatever comes before them', () => {
    expect(networks('on ethereum sepolia')).toEqual([['Sepolia', true, 2, 3]]);
    expect(networks('on the base sepolia testnet')).toEqual([['Sepolia', true, 3, 5]]);
    expect(networks('a test network')).toEqual([['a test network', true, 1, 3]]);
    expect(networks('from goerli to holesky')).toEqual([['Goerli', true, 1, 2], ['Holesky', true, 3, 4]]);
  });

  it('finds unsupported chains and takes "mainnet" with them', () => {
    expect(networks('on solana mainnet')).toEqual([['Solana', false, 1, 3]]);
    expect(networks('bitcoin mainnet')).toEqual([['Bitcoin', false, 0, 2]]);
    expect(networks('to zksync')).toEqual([['zkSync', false, 1, 2]]);
  });

  it('leaves coin names and English words outside a chain position alone', () => {
    expect(networks('swap eth to bitcoin')).toEqual([]);
    expect(networks('a ton of usdc near the top')).toEqual([]);
    expect(networks('swap on ton')).toEqual([['TON', false, 2, 3]]);
    expect(networks('swap 1 eth to usdc on base mainnet')).toEqual([]);
  });
});
