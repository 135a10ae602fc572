import { Hono } from 'hono';
import { z } from 'zod';
import type { ServerContext } from '../context';
import { badRequest, describeZodError, notFound } from '../http-errors';
import { encodeCursor } from './cursor';
import { listParamsSchema, toListQuery } from './list-params';
import { newsServicesFor } from './news-services';
import { PageCache } from './page-cache';
import { pickRelated } from './related';

const idParamsSchema = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected an article id (letters, digits, - or _)') });
const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };
const RELATED_CANDIDATES = 100;

export function createNewsRoutes(ctx: ServerContext): Hono {
  const app = new Hono();
  const cache = new PageCache();

  app.get('/', async (c) => {
    const parsed = listParamsSchema.safeParse(c.req.query());
    if (!parsed.success) return badRequest(c, describeZodError(parsed.error));
    const query = toListQuery(parsed.data);
    const { repository } = newsServicesFor(ctx);
    const body = await cache.get(`list:${JSON.stringify(query)}`, repository.version, async () => {
      const page = await repository.list(query);
      const next = page.nextCursor ? JSON.stringify(encodeCursor(page.nextCursor)) : 'null';
      return `{"articles":[${page.docs.join(',')}],"nextCursor":${next}}`;
    });
    return c.body(body, 200, JSON_HEADERS);
  });

  app.get('/:id', async (c) => {
    const params = idParamsSchema.safeParse({ id: c.req.param('id') });
    if (!params.success) return badRequest(c, describeZodError(params.error));
    const id = params.data.id;
    const { repository } = newsServicesFor(ctx);
    const body = await cache.get(`article:${id}`, repository.version, async () => {
      const article = await repository.getById(id);
      if (!article) return '';
      const related = pickRelated(article, await repository.relatedCandidates(article, RELATED_CANDIDATES), { limit: 5 });
      return JSON.stringify({ ...article, related });
    });
    if (body === '') return notFound(c, `no article with id "${id}"`);
    return c.body(body, 200, JSON_HEADERS);
  });

  return app;
}
