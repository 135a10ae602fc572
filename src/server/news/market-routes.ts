import type { Context } from 'hono';
import { z } from 'zod';
import type { ServerContext } from '../context';
import { badRequest, describeZodError, notFound } from '../http-errors';
import { clientKey, tooManyRequests } from '../http/rate-limit';
import { acceptsGzip, EncodedBody } from './encoded-body';
import { addressParam, mentionsParamsSchema, personalParamsSchema } from './market-params';
import { mentionsAnswer } from './mentions';
import { newsServicesFor } from './news-services';
import { PageCache } from './page-cache';
import { createPersonalFeed } from './personal-feed';
import { pickRelated } from './related';

const JSON_TYPE = 'application/json; charset=utf-8';
const forParam = z.object({ for: z.preprocess((v) => (v === '' ? undefined : v), addressParam.optional()) });

function send(c: Context, body: EncodedBody, cacheControl?: string): Response {
  const gzip = acceptsGzip(c.req.header('accept-encoding')) ? body.gzip() : undefined;
  const headers: Record<string, string> = { 'content-type': JSON_TYPE, vary: 'accept-encoding' };
  if (gzip) headers['content-encoding'] = 'gzip';
  // Exposure is about one person's holdings: never kept by a shared cache.
  if (cacheControl) headers['cache-control'] = cacheControl;
  return c.body(gzip ?? body.raw, 200, headers);
}

/** True when GET /api/news asks for more than the plain feed (exposure or another order). */
export function wantsPersonalFeed(c: Context): boolean {
  return c.req.query('for') !== undefined || c.req.query('order') !== undefined;
}

/** The market-context parts of /api/news: `for`/`order` on the list and on one article, and /mentions. */
export function createMarketNewsHandlers(ctx: ServerContext) {
  const feed = createPersonalFeed(ctx);
  const mentionPages = new PageCache<EncodedBody>(200, 5_000);
  const limited = (c: Context, retryAfterSeconds: number) =>
    tooManyRequests(c, retryAfterSeconds, 'PORTFOLIO_RATE_LIMIT_PER_MINUTE', `at most ${ctx.config.portfolioRateLimitPerMinute} portfolio reads per minute from one client`);

  return {
    async list(c: Context): Promise<Response> {
      const parsed = personalParamsSchema.safeParse(c.req.query());
      if (!parsed.success) return badRequest(c, describeZodError(parsed.error));
      const outcome = await feed.list(parsed.data, clientKey(c, ctx.config.trustedProxies));
      if (!outcome.ok) return limited(c, outcome.retryAfterSeconds);
      return send(c, outcome.body, parsed.data.for ? 'private, no-store' : undefined);
    },

    async mentions(c: Context): Promise<Response> {
      const parsed = mentionsParamsSchema.safeParse(c.req.query());
      if (!parsed.success) return badRequest(c, describeZodError(parsed.error));
      const { repository } = newsServicesFor(ctx);
      await repository.ensureSchema();
      // The window moves by the minute, so a burst of reviews shares one answer.
      const now = Math.floor(Date.now() / 60_000) * 60_000;
      const body = await mentionPages.get(JSON.stringify([parsed.data, now]), repository.version, async () =>
        EncodedBody.fromJson(JSON.stringify(await mentionsAnswer(ctx.db, parsed.data, now))));
      return send(c, body);
    },

    /** GET /api/news/:id?for=: the article, its related ones, and its exposure (uncached but for the portfolio). */
    async article(c: Context, id: string): Promise<Response> {
      const parsed = forParam.safeParse(c.req.query());
      if (!parsed.success) return badRequest(c, describeZodError(parsed.error));
      const { repository } = newsServicesFor(ctx);
      const article = await repository.getById(id);
      if (!article) return notFound(c, `no article with id "${id}"`);
      const related = pickRelated(article, await repository.relatedCandidates(article, 100), { limit: 5 });
      const address = parsed.data.for;
      if (!address) return send(c, EncodedBody.fromJson(JSON.stringify({ ...article, related })));
      const exposure = await feed.articleExposure(article.entities.tokens.map((t) => t.symbol), address, clientKey(c, ctx.config.trustedProxies));
      if (!exposure.ok) return limited(c, exposure.retryAfterSeconds);
      return send(c, EncodedBody.fromJson(JSON.stringify({ ...article, related, exposure: exposure.exposure })), 'private, no-store');
    },
  };
}
