import { Hono } from 'hono';
import { getAddress } from 'viem';
import { SUPPORTED_CHAINS } from '@/domain/chains';
import type { ChainsResponse } from '@/domain/portfolio';
import type { ServerContext } from '../context';
import { badRequest } from '../http-errors';
import { limitPerClient } from '../http/rate-limit';
import { getTokenService } from '../tokens/token-service';
import { addressProblem } from './address-param';
import { readPortfolioShared } from './portfolio-service';

/** GET /api/portfolio/:address and GET /api/chains. */
export function createPortfolioRoutes(ctx: ServerContext): Hono {
  const app = new Hono();
  const tokens = getTokenService(ctx.config, ctx.log);

  // Each read costs one RPC request per chain (15), so one client cannot turn us into an RPC amplifier.
  const limit = limitPerClient({
    perMinute: ctx.config.portfolioRateLimitPerMinute, setting: 'PORTFOLIO_RATE_LIMIT_PER_MINUTE',
    counted: 'portfolio reads', trustedProxies: ctx.config.trustedProxies,
  });

  app.get('/portfolio/:address', limit, async (c) => {
    c.header('cache-control', 'no-store');
    const raw = c.req.param('address');
    const problem = addressProblem(raw);
    if (problem) return badRequest(c, `parameter "address": ${problem}`);
    return c.json(await readPortfolioShared(ctx.config, tokens, getAddress(raw)));
  });

  app.get('/chains', (c) => {
    const body: ChainsResponse = {
      chains: SUPPORTED_CHAINS.map((chain) => ({
        id: chain.id, key: chain.key, name: chain.name, nativeSymbol: chain.nativeSymbol,
        explorerUrl: chain.explorerUrl, rpcUrls: ctx.config.rpcUrls[chain.id] ?? [],
      })),
      walletConnectProjectId: ctx.config.walletConnectProjectId ?? null,
    };
    c.header('cache-control', 'no-cache');
    return c.json(body);
  });
  return app;
}
