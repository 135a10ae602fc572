import type { Address } from 'viem';
import { SUPPORTED_CHAINS } from '@/domain/chains';
import type { Portfolio } from '@/domain/portfolio';
import type { ServerConfig } from '../config';
import type { TokenService } from '../tokens/token-service';
import { balanceCallData, readChainBalances } from './chain-balances';
import { buildChainHoldings, totalUsd } from './holdings';
import { getChainClient } from './rpc-clients';

/**
 * Reads the portfolio of `address` on every configured chain in parallel: one multicall (one HTTP
 * request) per chain, each with its own deadline, so a dead chain never delays or blanks the others.
 */
export async function readPortfolio(config: ServerConfig, tokens: TokenService, address: Address): Promise<Portfolio> {
  const callData = balanceCallData(address);
  const chains = await Promise.all(
    SUPPORTED_CHAINS.map(async (chain) => {
      const tracked = await tokens.getTrackedTokens(chain.id);
      const result = await readChainBalances(getChainClient(config, chain.id), address, tracked, config.rpcTimeoutMs, callData);
      return buildChainHoldings(chain, result);
    }),
  );
  return { address, totalUSD: totalUsd(chains), updatedAt: new Date().toISOString(), chains };
}

const inFlight = new WeakMap<ServerConfig, Map<Address, Promise<Portfolio>>>();

/** Like readPortfolio, but concurrent requests for the same address share one read. */
export function readPortfolioShared(config: ServerConfig, tokens: TokenService, address: Address): Promise<Portfolio> {
  let pending = inFlight.get(config);
  if (!pending) inFlight.set(config, (pending = new Map()));
  const existing = pending.get(address);
  if (existing) return existing;
  const map = pending;
  const read = readPortfolio(config, tokens, address).finally(() => map.delete(address));
  map.set(address, read);
  return read;
}
