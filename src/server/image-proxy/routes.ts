import { Hono } from 'hono';
import { LRUCache } from 'lru-cache';
import type { ServerContext } from '../context';
import { describeZodError } from '../http-errors';
import { limitPerClient } from '../http/rate-limit';
import { fetchImage, ImageFetchError, type FetchedImage } from './fetch-image';
import { ArticleImageOrigins } from './article-image-origins';
import { allowedImageOrigins, imageQuerySchema, isAllowedImageUrl } from './image-hosts';

type Outcome = { ok: true; image: FetchedImage } | { ok: false; status: ImageFetchError['status']; error: string };

const CACHE_BYTES = 32 * 1024 * 1024;
const IMAGE_TTL_MS = 60 * 60_000;
/** A failing host is asked again after a minute, not on every render. */
const FAILURE_TTL_MS = 60_000;
// Whoever opens a proxied URL directly gets an inert document: no script, no same-origin powers.
const IMAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
/** Far above what a page of logos needs (browsers cache them a day); bounds the upstream fetches one client can cause. */
export const IMAGE_RATE_LIMIT_PER_MINUTE = 240;

/** `GET /api/image?url=`: logos and article pictures from the allowed image hosts, served from our origin so the page's img-src can stay 'self'. */
export function createImageProxyRoutes(ctx: ServerContext): Hono {
  const app = new Hono();
  const origins = allowedImageOrigins(ctx.config.imageProxyHosts);
  const articleOrigins = new ArticleImageOrigins(ctx.db);
  const cache = new LRUCache<string, Outcome>({
    maxSize: CACHE_BYTES,
    sizeCalculation: (outcome) => (outcome.ok ? Math.max(1, outcome.image.bytes.byteLength) : 1),
    ttl: IMAGE_TTL_MS,
    fetchMethod: async (url, _stale, { options }) => {
      try {
        // Redirects may land on any allowed origin, the stored articles' picture hosts included.
        return { ok: true, image: await fetchImage(url, { origins: new Set([...origins, ...articleOrigins.current()]) }) };
      } catch (error) {
        options.ttl = FAILURE_TTL_MS;
        if (error instanceof ImageFetchError) return { ok: false, status: error.status, error: error.message };
        throw error;
      }
    },
  });

  app.use('*', limitPerClient({ perMinute: IMAGE_RATE_LIMIT_PER_MINUTE, setting: 'of the image proxy', counted: 'image requests', trustedProxies: ctx.config.trustedProxies }));
  app.get('/', async (c) => {
    const parsed = imageQuerySchema.safeParse({ url: c.req.query('url') });
    if (!parsed.success) return c.json({ error: describeZodError(parsed.error, 'query parameter') }, 400);
    const { url } = parsed.data;
    if (!isAllowedImageUrl(url, origins) && !(await articleOrigins.has(new URL(url).origin))) return c.json({ error: `query parameter "url": host "${new URL(url).host}" is not an allowed image host` }, 403);
    const outcome = (await cache.fetch(url))!;
    if (!outcome.ok) return c.json({ error: `query parameter "url": ${outcome.error}` }, outcome.status);
    const { type, bytes } = outcome.image;
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': type,
      'cache-control': 'public, max-age=86400',
      'content-security-policy': IMAGE_CSP,
      ...(type === 'image/svg+xml' ? { 'content-disposition': 'attachment; filename="image.svg"' } : {}),
    });
  });
  return app;
}
