import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '@/domain/article';
import type { RunningServer } from '@/server/main';
import { fetchImage, ImageFetchError } from '@/server/image-proxy/fetch-image';
import { allowedImageOrigins } from '@/server/image-proxy/image-hosts';
import { IMAGE_RATE_LIMIT_PER_MINUTE } from '@/server/image-proxy/routes';
import { newsServicesFor } from '@/server/news/news-services';
import { startLoopbackServer, type FakeResponse, type LoopbackServer } from '../support/loopback-http';
import { LOGO_SVG, PIXEL_PNG } from '../support/images';
import { startTestServer } from '../support/server';

let images: LoopbackServer;
let elsewhere: LoopbackServer;
let server: RunningServer;

const routes: Record<string, () => FakeResponse> = {
  '/logo.png': () => ({ headers: { 'content-type': 'image/png' }, body: PIXEL_PNG }),
  '/logo.svg': () => ({ headers: { 'content-type': 'image/svg+xml' }, body: LOGO_SVG }),
  '/page.html': () => ({ headers: { 'content-type': 'text/html' }, body: '<script>alert(1)</script>' }),
  '/disguised.png': () => ({ headers: { 'content-type': 'image/png' }, body: '<!doctype html><script>alert(1)</script>' }),
  '/huge.png': () => ({ headers: { 'content-type': 'image/png' }, body: Buffer.concat([PIXEL_PNG, Buffer.alloc(2 * 1024 * 1024)]) }),
  '/missing.png': () => ({ status: 404, body: 'no' }),
  '/hop-in': () => ({ status: 302, headers: { location: '/logo.png' } }),
  '/hop-out': () => ({ status: 302, headers: { location: `${elsewhere.url}/logo.png` } }),
  '/slow.png': () => ({ delayMs: 'hang' }),
};

beforeAll(async () => {
  images = await startLoopbackServer((request) => (routes[request.path] ?? (() => ({ status: 404, body: 'no' })))());
  elsewhere = await startLoopbackServer(() => ({ headers: { 'content-type': 'image/png' }, body: PIXEL_PNG }));
  server = await startTestServer({ jobs: false, env: { IMAGE_PROXY_HOSTS: images.url } });
  await storePictures(server, { 'pic-cdn': 'https://pictures.example.invalid/story.jpg', 'pic-loopback': `${elsewhere.url}/logo.png` });
});

afterAll(async () => {
  await server?.close();
  await images?.close();
  await elsewhere?.close();
});

/** Stores articles with these pictures through the real repository, before any request reads the hosts. */
async function storePictures(running: RunningServer, pictures: Record<string, string>): Promise<void> {
  const { repository } = newsServicesFor(running.ctx);
  const base: Omit<Article, 'id' | 'title' | 'url' | 'imageUrl'> = { source: 'Desk', publishedAt: '2025-05-01T08:00:00.000Z', author: null, summary: 'Summary.', analysis: 'Analysis.', takeaways: ['a', 'b', 'c'], sentiment: 'neutral', importance: 3, category: 'markets', entities: { companies: [], tokens: [] }, analyzer: 'offline', sample: false };
  for (const [id, imageUrl] of Object.entries(pictures)) {
    const url = `https://desk.example.com/${id}`;
    await repository.insertIfAbsent({ article: { ...base, id, title: id, url, imageUrl }, canonicalUrl: url, contentHash: id, text: base.summary });
  }
}

const proxy = (url: string) => fetch(`${server.url}/api/image?url=${encodeURIComponent(url)}`);
const requestsFor = (path: string) => images.requests.filter((r) => r.path === path).length;

describe('GET /api/image', () => {
  it('serves a PNG from an allowed host as the bytes it sniffed, inert and cached', async () => {
    const first = await proxy(`${images.url}/logo.png`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('image/png');
    expect(first.headers.get('content-security-policy')).toContain('sandbox');
    expect(Buffer.from(await first.arrayBuffer()).equals(PIXEL_PNG)).toBe(true);
    expect((await proxy(`${images.url}/logo.png`)).status).toBe(200);
    expect(requestsFor('/logo.png')).toBe(1);
  });

  it('serves SVG sandboxed and as an attachment, so opening it directly runs nothing on our origin', async () => {
    const response = await proxy(`${images.url}/logo.svg`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'; sandbox");
    expect(response.headers.get('content-disposition')).toMatch(/^attachment/);
  });

  it('refuses hosts that are not on the list without asking them, and redirects that leave the list', async () => {
    for (const url of [`${elsewhere.url}/logo.png`, 'https://evil.example/logo.png', 'https://raw.githubusercontent.com.evil.example/a.png']) {
      const response = await proxy(url);
      expect(response.status, url).toBe(403);
      expect(((await response.json()) as { error: string }).error).toMatch(/^query parameter "url": host ".+" is not an allowed image host$/);
    }
    expect((await proxy(`${images.url}/hop-out`)).status).toBe(403);
    expect(elsewhere.requests).toHaveLength(0);
    expect((await proxy(`${images.url}/hop-in`)).status).toBe(200);
  });

  it('also allows the https host of a stored article\'s picture (not its other hosts, not a loopback one)', async () => {
    // Allowed, so it is fetched: the .invalid name cannot resolve, which is an upstream failure, not a refusal.
    expect([502, 504]).toContain((await proxy('https://pictures.example.invalid/other.jpg')).status);
    expect((await proxy('https://elsewhere.example.invalid/story.jpg')).status).toBe(403);
    expect((await proxy(`${elsewhere.url}/logo.png`)).status).toBe(403);
    expect(elsewhere.requests).toHaveLength(0);
  });

  it('refuses what is not an image, even when it claims to be one', async () => {
    for (const path of ['/page.html', '/disguised.png']) {
      const response = await proxy(`${images.url}${path}`);
      expect(response.status, path).toBe(415);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    }
  });

  it('refuses an oversize image and reports an upstream failure as 502', async () => {
    const huge = await proxy(`${images.url}/huge.png`);
    expect(huge.status).toBe(502);
    expect(((await huge.json()) as { error: string }).error).toContain('larger than 1048576 bytes');
    expect((await proxy(`${images.url}/missing.png`)).status).toBe(502);
  });

  it('answers 400 naming url for a missing, relative or non-http url', async () => {
    for (const query of ['', '?url=', '?url=%2Fapi%2Fnews', '?url=javascript%3Aalert(1)', '?url=data%3Aimage%2Fpng%3Bbase64%2CAAAA']) {
      const response = await fetch(`${server.url}/api/image${query}`);
      expect(response.status, query).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(/^query parameter "url"/);
    }
  });
});

// Last in the file: it uses up this client's budget for the minute.
describe('GET /api/image rate limit', () => {
  it('answers 429 with Retry-After once one client passes the per-minute budget', async () => {
    const fetchedBefore = requestsFor('/logo.png');
    const statuses: number[] = [];
    for (let i = 0; i <= IMAGE_RATE_LIMIT_PER_MINUTE; i++) statuses.push((await proxy(`${images.url}/logo.png`)).status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    const refused = await proxy(`${images.url}/logo.png`);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(requestsFor('/logo.png')).toBe(fetchedBefore);
  });
});

describe('fetchImage', () => {
  it('gives up on a host that does not answer in time with 504', async () => {
    const outcome = await fetchImage(`${images.url}/slow.png`, { origins: allowedImageOrigins([images.url]), timeoutMs: 200 }).catch((error: unknown) => error);
    expect(outcome).toBeInstanceOf(ImageFetchError);
    expect((outcome as ImageFetchError).status).toBe(504);
  });
});
