import { Hono } from 'hono';
import { z } from 'zod';
import type { ServerContext } from '../context';
import { badRequest, describeZodError } from '../http-errors';
import { quoteSymbols } from './token-quotes';
import { getTokenService } from './token-service';

const MAX_SYMBOLS = 100;
const symbolsSchema = z.object({
  symbols: z.preprocess(
    (v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v),
    z.array(z.string().regex(/^[\p{L}\p{N}.$_+-]{1,20}$/u, 'expected token symbols such as ETH,ARB')).min(1, 'give at least one symbol').max(MAX_SYMBOLS, `at most ${MAX_SYMBOLS} symbols`),
  ),
});

/** GET /api/tokens?symbols=ETH,ARB: each symbol's verified tokens per chain and a display price (the token list's, cached). */
export function createTokenRoutes(ctx: ServerContext): Hono {
  const app = new Hono();
  const tokens = getTokenService(ctx.config, ctx.log);
  app.get('/', async (c) => {
    const parsed = symbolsSchema.safeParse(c.req.query());
    if (!parsed.success) return badRequest(c, describeZodError(parsed.error));
    c.header('cache-control', 'public, max-age=60');
    return c.json(quoteSymbols(await tokens.getTokenList(), [...new Set(parsed.data.symbols.map((s) => s.toUpperCase()))]));
  });
  return app;
}
