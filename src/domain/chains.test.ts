import { describe, expect, it } from 'vitest';
import { SUPPORTED_CHAINS, SUPPORTED_CHAIN_IDS, explorerTxUrl, findChain } from './chains';
import { viemChainFor } from './viem-chains';

describe('chain registry', () => {
  it('lists exactly the 15 supported chains, each once', () => {
    expect([...SUPPORTED_CHAIN_IDS].sort((a, b) => a - b)).toEqual(
      [1, 10, 56, 100, 130, 137, 146, 5000, 8453, 42161, 42220, 43114, 59144, 81457, 534352],
    );
    expect(new Set(SUPPORTED_CHAINS.map((c) => c.key)).size).toBe(15);
  });

  it('agrees with viem on every chain: native coin, explorer and public RPCs', () => {
    for (const chain of SUPPORTED_CHAINS) {
      const viem = viemChainFor(chain.id);
      expect(viem, chain.name).toBeDefined();
      expect(chain.nativeCurrency, chain.name).toEqual({
        name: viem!.nativeCurrency.name, symbol: viem!.nativeCurrency.symbol, decimals: viem!.nativeCurrency.decimals,
      });
      expect(chain.explorerUrl, chain.name).toBe(viem!.blockExplorers?.default.url.replace(/\/$/, ''));
      expect(chain.publicRpcUrls, chain.name).toEqual(viem!.rpcUrls.default.http);
    }
  });

  it('never lets one alias name two chains', () => {
    const seen = new Map<string, string>();
    for (const chain of SUPPORTED_CHAINS) {
      for (const alias of chain.aliases) {
        expect(seen.get(alias), `alias "${alias}"`).toBeUndefined();
        seen.set(alias, chain.name);
      }
    }
  });

  it('builds explorer links and rejects unknown chains', () => {
    expect(explorerTxUrl(8453, '0xabc')).toBe('https://basescan.org/tx/0xabc');
    expect(findChain(999)).toBeUndefined();
    expect(explorerTxUrl(999, '0xabc')).toBeUndefined();
    expect(viemChainFor(999)).toBeUndefined();
  });
});
