import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { newsPageSchema, type Article } from '@/domain/article';
import type { RunningServer } from '@/server/main';
import { ingestFeeds, type FeedReport } from '@/server/news/ingest-feed';
import { newsServicesFor } from '@/server/news/news-services';
import { MAX_FEED_BYTES } from '@/server/news/fetch-feed';
import { startLoopbackServer, type LoopbackServer } from '../support/loopback-http';
import { loadConfig } from '@/server/config';
import { startServer } from '@/server/main';
import { closedRpcEnv, startTestServer } from '../support/server';

const FEEDS = 'tests/support/feeds';
const fixture = (name: string) => readFileSync(`${FEEDS}/${name}`, 'utf8');

let server: RunningServer;
let feeds: LoopbackServer;

function hugeItemFeed(): string {
  const body = `<p>${'Bitcoin miners expand capacity across the region. '.repeat(Math.ceil((5 * 1024 * 1024) / 50))}</p>`;
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Huge Item Desk</title><link>https://huge.example.com/</link><description>d</description>
<item><title>Miners expand capacity in a very long report</title><link>https://huge.example.com/long</link><description><![CDATA[${body}]]></description></item>
</channel></rss>`;
}

async function search(q: string): Promise<Article[]> {
  const response = await fetch(`${server.url}/api/news?limit=100&q=${encodeURIComponent(q)}`);
  expect(response.status).toBe(200);
  return v.parse(newsPageSchema, await response.json()).articles;
}

function byFeed(reports: FeedReport[], feed: string): FeedReport {
  const report = reports.find((r) => r.feed === feed);
  if (!report) throw new Error(`no report for ${feed}`);
  return report;
}

const routes: Record<string, () => { status?: number; body?: string; headers?: Record<string, string>; delayMs?: 'hang' }> = {
  '/hostile.xml': () => ({ body: fixture('hostile-rss.xml'), headers: { 'content-type': 'application/rss+xml' } }),
  '/duplicates.xml': () => ({ body: fixture('duplicates-rss.xml'), headers: { 'content-type': 'application/rss+xml' } }),
  '/atom.xml': () => ({ body: fixture('markets-atom.xml'), headers: { 'content-type': 'application/atom+xml' } }),
  '/huge-item.xml': () => ({ body: hugeItemFeed(), headers: { 'content-type': 'application/rss+xml' } }),
  '/broken.xml': () => ({ body: fixture('broken.xml') }),
  '/not-a-feed': () => ({ body: '<!doctype html><html><body>Hello</body></html>', headers: { 'content-type': 'text/html' } }),
  '/server-error.xml': () => ({ status: 500, body: 'oops' }),
  '/too-big.xml': () => ({ body: `<rss version="2.0"><channel><title>${'x'.repeat(MAX_FEED_BYTES + 1024)}</title></channel></rss>` }),
  '/hangs.xml': () => ({ delayMs: 'hang' }),
};

beforeAll(async () => {
  server = await startTestServer({ jobs: false });
  feeds = await startLoopbackServer((request) => routes[request.path]?.() ?? { status: 404, body: 'no such feed' });
});

afterAll(async () => {
  await feeds?.close();
  await server?.close();
});

describe('feed ingestion into the real store', () => {
  let reports: FeedReport[];
  const url = (path: string) => `${feeds.url}${path}`;

  beforeAll(async () => {
    const deps = newsServicesFor(server.ctx);
    reports = await ingestFeeds(
      [
        url('/hostile.xml'), url('/duplicates.xml'), url('/atom.xml'), url('/huge-item.xml'), url('/broken.xml'),
        url('/not-a-feed'), url('/server-error.xml'), url('/too-big.xml'), url('/hangs.xml'),
        `${FEEDS}/windows-1252-rss.xml`, `${FEEDS}/macro-rdf.rdf`, `${FEEDS}/defi-feed.json`, `${FEEDS}/missing.xml`,
      ],
      deps,
      { timeoutMs: 1500 },
    );
  });

  it('fails each bad feed by name and with a reason, while the others ingest', () => {
    expect(byFeed(reports, url('/broken.xml')).error).toMatch(/not a readable RSS, Atom, RDF or JSON feed/);
    expect(byFeed(reports, url('/not-a-feed')).error).toMatch(/not a readable/);
    expect(byFeed(reports, url('/server-error.xml')).error).toMatch(/HTTP 500/);
    expect(byFeed(reports, url('/too-big.xml')).error).toMatch(/larger than/);
    expect(byFeed(reports, url('/hangs.xml')).error).toMatch(/timed out/);
    expect(byFeed(reports, `${FEEDS}/missing.xml`).error).toMatch(/cannot read file/);
    for (const good of [url('/hostile.xml'), url('/duplicates.xml'), url('/atom.xml'), url('/huge-item.xml'), `${FEEDS}/windows-1252-rss.xml`, `${FEEDS}/macro-rdf.rdf`, `${FEEDS}/defi-feed.json`]) {
      const report = byFeed(reports, good);
      expect(report.error).toBeUndefined();
      expect(report.new).toBe(1);
    }
  });

  it('stores hostile HTML as plain text and never stores a javascript: link', async () => {
    const report = byFeed(reports, url('/hostile.xml'));
    expect(report.title).toBe('Hostile Wire');
    const [article] = await search('audit published');
    expect(article).toBeDefined();
    expect(article!.title).toBe('Stablecoin audit published');
    expect(article!.url).toBe('https://hostile.example.com/audit?utm_source=rss&utm_medium=feed');
    const stored = JSON.stringify(article);
    for (const bad of ['<script', '<img', '<svg', '<iframe', 'onerror', 'onclick', 'javascript:', 'svg text', 'iframe text', 'display:none']) {
      expect(stored).not.toContain(bad);
    }
    const { rows } = await server.ctx.db.query<{ body_text: string }>('SELECT body_text FROM news_articles WHERE id = $1', [article!.id]);
    expect(rows[0]?.body_text).toContain('The audit of the USDC reserves found no gaps.');
    expect(rows[0]?.body_text).not.toMatch(/<[a-z!/]/i);
    expect(await search('Link that runs code')).toEqual([]);
  });

  it('skips items with no title or no link, or a non-http link, with reasons', () => {
    const report = byFeed(reports, url('/hostile.xml'));
    expect(report.skipped).toBe(4);
    expect(report.skippedReasons).toEqual(expect.arrayContaining([
      'item has no title',
      '"An item with no link": item has no link',
      '"Link that runs code": link is not an http(s) URL',
      '"Data link": link is not an http(s) URL',
    ]));
  });

  it('stores the same story under two URLs once, and one canonical URL once', async () => {
    expect(byFeed(reports, url('/duplicates.xml'))).toMatchObject({ new: 1, duplicate: 2, skipped: 0 });
    expect(await search('Arbitrum DAO approves')).toHaveLength(1);
    expect(await search('Arbitrum grants: an update')).toHaveLength(0);
  });

  it('truncates a 5 MB item instead of storing it whole', async () => {
    const [article] = await search('Miners expand capacity');
    expect(article).toBeDefined();
    const { rows } = await server.ctx.db.query<{ n: number }>('SELECT length(body_text) AS n FROM news_articles WHERE id = $1', [article!.id]);
    expect(Number(rows[0]?.n)).toBeLessThanOrEqual(20_000);
    expect(JSON.stringify(article).length).toBeLessThan(60_000);
  });

  it('decodes a windows-1252 feed', async () => {
    expect(byFeed(reports, `${FEEDS}/windows-1252-rss.xml`).title).toBe('Café Finance – Europe');
    const [article] = await search('Euro stablecoin');
    expect(article?.title).toBe('“Euro stablecoin” tops €1bn as Société Générale expands');
    expect(article?.source).toBe('Café Finance – Europe');
  });

  it('reads Atom, RDF and JSON Feed', async () => {
    expect((await search('Optimism sequencer upgrade'))[0]?.source).toBe('Atom Markets Desk');
    expect((await search('Central bank holds rates'))[0]?.source).toBe('RDF Macro Wire');
    expect((await search('Uniswap volume climbs'))[0]?.source).toBe('JSON DeFi Desk');
  });

  it('re-ingesting stores nothing new and re-analyses nothing', async () => {
    const deps = newsServicesFor(server.ctx);
    const before = await deps.repository.count();
    const again = await ingestFeeds([url('/duplicates.xml'), url('/atom.xml'), `${FEEDS}/defi-feed.json`], deps);
    expect(again.map((r) => [r.new, r.duplicate])).toEqual([[0, 3], [0, 1], [0, 1]]);
    expect(await deps.repository.count()).toBe(before);
  });
});

describe('the feed refresh job', () => {
  it('ingests configured feed URLs on start; bad feeds are logged by name', async () => {
    const logs: string[] = [];
    const bad = [`${feeds.url}/hangs.xml`, `${feeds.url}/broken.xml`];
    const config = loadConfig({
      PORT: '0', HOST: '127.0.0.1', DATA_DIR: 'memory://', NEWS_REFRESH_MINUTES: '0', LIFI_API_URL: 'http://127.0.0.1:9/v1',
      ...closedRpcEnv(),
      NEWS_FEEDS: [...bad, `${feeds.url}/atom.xml`].join(','),
    });
    const withFeeds = await startServer({ config, log: (message) => logs.push(message) });
    try {
      let found: Article[] = [];
      while (found.length === 0) {
        const response = await fetch(`${withFeeds.url}/api/news?q=${encodeURIComponent('Optimism sequencer')}`);
        found = v.parse(newsPageSchema, await response.json()).articles;
        if (found.length === 0) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(found[0]?.sample).toBe(false);
      const first = v.parse(newsPageSchema, await fetch(`${withFeeds.url}/api/news?limit=5`).then((r) => r.json()));
      expect(first.articles).toHaveLength(5);
    } finally {
      await withFeeds.close();
    }
    expect(logs).toEqual(expect.arrayContaining([
      expect.stringMatching(new RegExp(`^feed ${bad[1]} failed: not a readable`)),
      expect.stringMatching(new RegExp(`^feed ${bad[0]} failed: `)),
      `feed ${feeds.url}/atom.xml: 1 new, 0 duplicate, 0 skipped`,
    ]));
  });
});
