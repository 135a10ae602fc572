import { getAddress, isAddress } from 'viem';
import { SUPPORTED_CHAINS } from '@/domain/chains';
import type { ServerConfig } from '../config';
import { fallbackTokenList } from './fallback-tokens';
import { fetchLifiTokenList } from './lifi-token-fetch';
import { createSwrCache } from './swr-cache';
import { lookupToken, type TokenLookup } from './token-lookup';
import { pickTrackedTokens } from './token-ranking';
import type { ListedToken, TokenList } from './token-types';

export interface TokenService {
  /** The verified list: LI.FI's (cached), else the bundled fallback without prices. */
  getTokenList(): Promise<TokenList>;
  /** Native coin first, then the top ERC-20s of the chain. */
  getTrackedTokens(chainId: number): Promise<ListedToken[]>;
  /** One listed token by symbol or address; ambiguous symbols and unlisted tokens are refused. */
  findToken(chainId: number, symbolOrAddress: string): Promise<TokenLookup>;
  /** USD price from the list, or null when unknown. */
  getTokenPrice(chainId: number, address: string): Promise<number | null>;
}

export interface TokenServiceOptions {
  ttlMs?: number;
  maxStaleMs?: number;
  retryAfterMs?: number;
  fetchTimeoutMs?: number;
  fetch?: typeof fetch;
  now?: () => number;
  log?: (message: string) => void;
}

/** A token service with its own cache. Most callers want the shared one: `getTokenService(config)`. */
export function createTokenService(config: ServerConfig, options: TokenServiceOptions = {}): TokenService {
  const now = options.now ?? Date.now;
  const fallback = fallbackTokenList(now());
  const cache = createSwrCache<TokenList>({
    ttlMs: options.ttlMs ?? 10 * 60_000,
    maxStaleMs: options.maxStaleMs ?? 6 * 60 * 60_000,
    retryAfterMs: options.retryAfterMs ?? 30_000,
    now,
    load: async () => {
      try {
        const parsed = await fetchLifiTokenList(config.lifi, { timeoutMs: options.fetchTimeoutMs ?? 8000, fetch: options.fetch });
        if (parsed.dropped > 0) options.log?.(`token list: dropped ${parsed.dropped} invalid or spam entries from LI.FI`);
        // A chain LI.FI did not list keeps the bundled tokens rather than showing nothing.
        const byChain = new Map(SUPPORTED_CHAINS.map((chain) => [chain.id, parsed.byChain.get(chain.id) ?? fallback.byChain.get(chain.id) ?? []]));
        return { source: 'lifi' as const, fetchedAt: now(), byChain };
      } catch (error) {
        options.log?.(`token list: ${error instanceof Error ? error.message : String(error)}; using the bundled list`);
        throw error;
      }
    },
  });

  const getTokenList = async () => (await cache.get()) ?? fallback;
  // Ranking a full LI.FI list is not free: do it once per list, not once per portfolio request.
  const trackedByList = new WeakMap<TokenList, Map<number, ListedToken[]>>();
  const getTrackedTokens = async (chainId: number) => {
    const list = await getTokenList();
    let perChain = trackedByList.get(list);
    if (!perChain) trackedByList.set(list, (perChain = new Map()));
    let tracked = perChain.get(chainId);
    if (!tracked) perChain.set(chainId, (tracked = pickTrackedTokens(chainId, list.byChain.get(chainId) ?? [])));
    return tracked;
  };
  return {
    getTokenList,
    getTrackedTokens,
    findToken: async (chainId, symbolOrAddress) => lookupToken(await getTokenList(), chainId, symbolOrAddress),
    getTokenPrice: async (chainId, address) => {
      if (!isAddress(address, { strict: false })) return null;
      const wanted = getAddress(address.toLowerCase());
      const token = (await getTokenList()).byChain.get(chainId)?.find((t) => t.address === wanted);
      return token?.priceUSD ?? null;
    },
  };
}

const shared = new WeakMap<ServerConfig, TokenService>();

/** The token service shared by everything running with this config (portfolio, LI.FI proxy, agent). */
export function getTokenService(config: ServerConfig, log?: (message: string) => void): TokenService {
  let service = shared.get(config);
  if (!service) {
    service = createTokenService(config, { log });
    shared.set(config, service);
  }
  return service;
}
