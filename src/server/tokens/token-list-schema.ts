import { getAddress, isAddress, type Address } from 'viem';
import { z } from 'zod';
import { MAX_TOKEN_DECIMALS } from '@/domain/amounts';
import { isSupportedChainId } from '@/domain/chains';
import { isSpamToken } from '@/domain/token-filters';
import type { ListedToken } from './token-types';

// LI.FI sends numbers as strings in places; coerce what is safe, refuse the rest entry by entry.
const lifiTokenSchema = z.object({
  address: z.string().refine((value) => isAddress(value, { strict: false }), 'must be a 0x address of 40 hex digits'),
  chainId: z.coerce.number().int(),
  symbol: z.string().trim().min(1).max(32),
  name: z.string().trim().min(1).max(128),
  decimals: z.coerce.number().int().min(0).max(MAX_TOKEN_DECIMALS),
  coinKey: z.string().max(32).optional().catch(undefined),
  logoURI: z.string().url().max(2048).optional().catch(undefined),
  priceUSD: z.union([z.string(), z.number()]).nullish().catch(undefined),
});

const responseSchema = z.object({ tokens: z.record(z.string(), z.array(z.unknown())) });

export interface ParsedTokenList {
  byChain: Map<number, ListedToken[]>;
  /** How many entries were refused (bad shape, wrong chain, spam, duplicate). */
  dropped: number;
}

/** A price is usable when it is a finite, non-negative number; anything else is unknown (null). */
export function parsePrice(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const price = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(price) && price >= 0 ? price : null;
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
