import { describe, expect, it } from 'vitest';
import type { ChainInfo } from '@/domain/portfolio';
import { toWalletChains } from './wallet-chains';

function info(id: number, rpcUrls: string[]): ChainInfo {
  return { id, key: `k${id}`, name: `Chain ${id}`, nativeSymbol: 'ETH', explorerUrl: '', rpcUrls };
}

describe('toWalletChains', () => {
  it('keeps the server order and its RPC URLs', () => {
    const chains = toWalletChains([info(8453, ['http://127.0.0.1:8545', 'http://127.0.0.1:8546']), info(1, ['http://127.0.0.1:9'])]);
    expect(chains.map((c) => c.chain.id)).toEqual([8453, 1]);
    expect(chains[0]?.rpcUrls).toEqual(['http://127.0.0.1:8545', 'http://127.0.0.1:8546']);
    expect(chains[0]?.chain.rpcUrls.default.http).toEqual(['http://127.0.0.1:8545', 'http://127.0.0.1:8546']);
    expect(chains[0]?.chain.name).toBe('Base');
  });

  it('skips chains the registry does not know and non-HTTP URLs', () => {
    const chains = toWalletChains([info(999_999, ['http://127.0.0.1:1']), info(10, ['javascript:alert(1)'])]);
    expect(chains.map((c) => c.chain.id)).toEqual([10]);
    expect(chains[0]?.rpcUrls[0]).toMatch(/^https:\/\//);
  });
});
