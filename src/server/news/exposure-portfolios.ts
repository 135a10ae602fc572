import { LRUCache } from 'lru-cache';
import type { Address } from 'viem';
import type { Portfolio } from '@/domain/portfolio';
import type { ServerConfig } from '../config';
import { readPortfolioShared } from '../portfolio/portfolio-service';
import type { TokenService } from '../tokens/token-service';

/** How long a portfolio read serves the feed's exposure: a feed page must not cost 15 RPC requests. */
export const EXPOSURE_PORTFOLIO_TTL_MS = 30_000;

/**
 * Portfolios for exposure, read once per address per 30 s (concurrent readers share the read). A read
 * whose chains all failed is kept only a few seconds, so a flaky RPC does not stick for long.
 */
export class ExposurePortfolios {
  private readonly cache: LRUCache<Address, Portfolio>;

  constructor(config: ServerConfig, tokens: TokenService, ttlMs = EXPOSURE_PORTFOLIO_TTL_MS) {
    this.cache = new LRUCache<Address, Portfolio>({
      max: 1000,
      ttl: ttlMs,
      fetchMethod: (address) => readPortfolioShared(config, tokens, address),
    });
  }

  /** True when the next `get` costs no RPC request. */
  has(address: Address): boolean {
    return this.cache.has(address);
  }

  async get(address: Address): Promise<Portfolio> {
    const portfolio = (await this.cache.fetch(address))!;
    if (portfolio.chains.every((c) => c.status !== 'ok')) this.cache.set(address, portfolio, { ttl: 3_000 });
    return portfolio;
  }
}
