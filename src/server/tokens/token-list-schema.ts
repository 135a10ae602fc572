import { getAddress, type Address } from 'viem';
import { z } from 'zod';
import { isSupportedChainId } from '@/domain/chains';
import { lifiTokenSchema, parsePrice } from '@/domain/lifi-token';
import { isSpamToken } from '@/domain/token-filters';
import type { ListedToken } from './token-types';

const responseSchema = z.object({ tokens: z.record(z.string(), z.array(z.unknown())) });

export interface ParsedTokenList {
  byChain: Map<number, ListedToken[]>;
  /** How many entries were refused (bad shape, wrong chain, spam, duplicate). */
  dropped: number;
}

/**
 * Validates a LI.FI `/v1/tokens` response. The response is hostile input: a bad entry is dropped,
 * never repaired; only the shape of the envelope itself is fatal.
 */
export function parseLifiTokenList(json: unknown): ParsedTokenList {
  const envelope = responseSchema.safeParse(json);
  if (!envelope.success) throw new Error('LI.FI token list has no "tokens" object');
  const byChain = new Map<number, ListedToken[]>();
  let dropped = 0;
  for (const [key, entries] of Object.entries(envelope.data.tokens)) {
    const chainId = Number(key);
    const seen = new Set<string>();
    for (const entry of entries) {
      const parsed = lifiTokenSchema.safeParse(entry);
      if (!parsed.success || parsed.data.chainId !== chainId || !isSupportedChainId(chainId)) {
        dropped += 1;
        continue;
      }
      const address: Address = getAddress(parsed.data.address);
      const token = { symbol: parsed.data.symbol, name: parsed.data.name };
      if (seen.has(address) || isSpamToken(token)) {
        dropped += 1;
        continue;
      }
      seen.add(address);
      const list = byChain.get(chainId) ?? [];
      list.push({
        chainId, address, ...token, decimals: parsed.data.decimals,
        coinKey: parsed.data.coinKey, logoURI: parsed.data.logoURI, priceUSD: parsePrice(parsed.data.priceUSD),
      });
      byChain.set(chainId, list);
    }
  }
  return { byChain, dropped };
}
