import { Hono } from 'hono';
import { getAddress } from 'viem';
import { SUPPORTED_CHAINS } from '@/domain/chains';
import type { ChainsResponse } from '@/domain/portfolio';
import type { ServerContext } from '../context';
import { badRequest } from '../http-errors';
import { getTokenService } from '../tokens/token-service';
import { addressProblem } from './address-param';
import { readPortfolioShared } from './portfolio-service';

/** GET /api/portfolio/:address and GET /api/chains. */
export function createPortfolioRoutes(ctx: ServerContext): Hono {
  const app = new Hono();
  const tokens = getTokenService(ctx.config, ctx.log);

  app.get('/portfolio/:address', async (c) => {
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
