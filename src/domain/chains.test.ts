import { describe, expect, it } from 'vitest';
import { SUPPORTED_CHAINS, SUPPORTED_CHAIN_IDS, explorerTxUrl, findChain } from './chains';

describe('chain registry', () => {
  it('lists exactly the 15 supported chains, each once', () => {
    expect([...SUPPORTED_CHAIN_IDS].sort((a, b) => a - b)).toEqual(
      [1, 10, 56, 100, 130, 137, 146, 5000, 8453, 42161, 42220, 43114, 59144, 81457, 534352],
    );
    expect(new Set(SUPPORTED_CHAINS.map((c) => c.key)).size).toBe(15);
  });

  it('gives every chain an explorer, a native symbol and public RPCs', () => {
    for (const chain of SUPPORTED_CHAINS) {
      expect(chain.explorerUrl, chain.name).toMatch(/^https:\/\//);
      expect(chain.nativeSymbol.length, chain.name).toBeGreaterThan(0);
      expect(chain.viemChain.rpcUrls.default.http.length, chain.name).toBeGreaterThan(0);
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
  });
});
