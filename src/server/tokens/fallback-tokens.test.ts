import { getAddress } from 'viem';
import { describe, expect, it } from 'vitest';
import { NATIVE_TOKEN_ADDRESS, SUPPORTED_CHAIN_IDS } from '@/domain/chains';
import { isSpamToken } from '@/domain/token-filters';
import { fallbackTokenList } from './fallback-tokens';

describe('fallbackTokenList', () => {
  const list = fallbackTokenList(0);

  it('has the native coin first on every supported chain, without prices', () => {
    for (const chainId of SUPPORTED_CHAIN_IDS) {
      const tokens = list.byChain.get(chainId) ?? [];
      expect(tokens[0]?.address, `chain ${chainId}`).toBe(NATIVE_TOKEN_ADDRESS);
      expect(tokens.every((t) => t.priceUSD === null)).toBe(true);
    }
    expect(list.source).toBe('fallback');
  });

  it('only holds correctly checksummed, unique addresses with sane decimals', () => {
    for (const [chainId, tokens] of list.byChain) {
      const addresses = tokens.map((t) => t.address);
      expect(new Set(addresses).size, `chain ${chainId}`).toBe(addresses.length);
      for (const token of tokens) {
        expect(getAddress(token.address)).toBe(token.address);
        expect(token.chainId).toBe(chainId);
        expect([0, 6, 8, 18]).toContain(token.decimals);
        expect(isSpamToken(token)).toBe(false);
      }
    }
  });
});
