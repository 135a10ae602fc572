import { Hono, type Context } from 'hono';
import { z } from 'zod';
import type { ServerContext } from '../context';
import { badRequest, describeZodError, notFound } from '../http-errors';
import { encodeCursor } from './cursor';
import { listParamsSchema, toListQuery } from './list-params';
import { newsServicesFor } from './news-services';
import { PageCache } from './page-cache';
import { acceptsGzip, EncodedBody } from './encoded-body';
import { pickRelated } from './related';
import { createMarketNewsHandlers, wantsPersonalFeed } from './market-routes';

const idParamsSchema = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected an article id (letters, digits, - or _)') });
const JSON_TYPE = 'application/json; charset=utf-8';
const RELATED_CANDIDATES = 100;

export function createNewsRoutes(ctx: ServerContext): Hono {
  const app = new Hono();
  // Bodies are kept encoded (and gzipped once), so a cache hit costs no JSON, UTF-8 or compression work.
  const cache = new PageCache<EncodedBody>();
  const send = (c: Context, body: EncodedBody) => {
    const gzip = acceptsGzip(c.req.header('accept-encoding')) ? body.gzip() : undefined;
    const headers: Record<string, string> = { 'content-type': JSON_TYPE, vary: 'accept-encoding' };
    if (gzip) headers['content-encoding'] = 'gzip';
    return c.body(gzip ?? body.raw, 200, headers);
  };

  const market = createMarketNewsHandlers(ctx);

  app.get('/', async (c) => {
    if (wantsPersonalFeed(c)) return market.list(c);
    const parsed = listParamsSchema.safeParse(c.req.query());
    if (!parsed.success) return badRequest(c, describeZodError(parsed.error));
    const query = toListQuery(parsed.data);
    const { repository } = newsServicesFor(ctx);
    const body = await cache.get(`list:${JSON.stringify(query)}`, repository.version, async () => {
      const page = await repository.list(query);
      const next = page.nextCursor ? JSON.stringify(encodeCursor(page.nextCursor)) : 'null';
      return EncodedBody.fromJson(`{"articles":[${page.docs.join(',')}],"nextCursor":${next}}`);
    });
    return send(c, body);
  });

  app.get('/mentions', (c) => market.mentions(c));

  app.get('/:id', async (c) => {
    const params = idParamsSchema.safeParse({ id: c.req.param('id') });
    if (!params.success) return badRequest(c, describeZodError(params.error));
    const id = params.data.id;
    if (c.req.query('for') !== undefined) return market.article(c, id);
    const { repository } = newsServicesFor(ctx);
    const body = await cache.get(`article:${id}`, repository.version, async () => {
      const article = await repository.getById(id);
      if (!article) return EncodedBody.fromJson('');
      const related = pickRelated(article, await repository.relatedCandidates(article, RELATED_CANDIDATES), { limit: 5 });
      return EncodedBody.fromJson(JSON.stringify({ ...article, related }));
    });
    if (body.empty) return notFound(c, `no article with id "${id}"`);
    return send(c, body);
  });

  return app;
}
