import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '@/domain/article';
import { loadConfig } from '@/server/config';
import { startServer } from '@/server/main';
import { canonicalUrl } from '@/server/news/canonical-url';
import { articleId, contentHash } from '@/server/news/content-hash';
import { createOfflineAnalyser } from '@/server/news/offline/offline-analyser';
import { SAMPLE_ARTICLES } from '@/server/news/sample/sample-articles';
import { openDb } from '@/server/store/db';
import { newsRepositoryFor } from '@/server/store/news-repository';
import { closedRpcEnv } from '../support/server';

const ARTICLES = 10_000;
const CONNECTIONS = 50;
const SECONDS = 8;

interface CannonResult {
  latency: { p50: number; p99: number; average: number };
  requests: { average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

/** autocannon runs as its own process so the load generator does not share the server's event loop. */
export function cannon(url: string, headers: string[] = []): Promise<CannonResult> {
  const headerArgs = headers.flatMap((h) => ['-H', h]);
  return new Promise((resolve, reject) => {
    execFile('node_modules/.bin/autocannon', ['-c', String(CONNECTIONS), '-d', String(SECONDS), '-j', '-n', ...headerArgs, url], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout) => {
      if (error) reject(error);
      else resolve(JSON.parse(stdout) as CannonResult);
    });
  });
}

export function report(label: string, result: CannonResult): void {
  console.log(`${label.padEnd(52)} p50 ${String(result.latency.p50).padStart(4)} ms   p99 ${String(result.latency.p99).padStart(4)} ms   ${Math.round(result.requests.average).toString().padStart(6)} req/s   non-2xx ${result.non2xx + result.errors + result.timeouts}`);
}

/** The floor for a body this size on this machine: a bare node:http server in the same process. */
async function bare(size: number): Promise<CannonResult> {
  const body = Buffer.alloc(size, 'a');
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  try {
    return await cannon(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  } finally {
    await new Promise<void>((r) => server.close(() => r()));
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Stores ARTICLES analysed articles: each sample analysed once offline, then varied in id, URL, date and title. */
export async function seed(dataDir: string): Promise<void> {
  const db = await openDb({ dataDir });
  const repository = newsRepositoryFor(db);
  await repository.ensureSchema();
  const analyser = createOfflineAnalyser();
  const now = Date.now();
  const analysed = await Promise.all(SAMPLE_ARTICLES.map(async (s) => ({ s, analysis: await analyser.analyse({ title: s.title, text: s.text, url: s.url, source: s.source, publishedAt: new Date(now).toISOString() }) })));
  const started = performance.now();
  await db.exec('BEGIN');
  for (let i = 0; i < ARTICLES; i += 1) {
    const { s, analysis } = analysed[i % analysed.length]!;
    const url = `https://bench.example.com/${i}/${s.url.split('/').pop()}`;
    const canonical = canonicalUrl(url);
    const title = `${s.title} (#${i})`;
    const article: Article = {
      ...analysis, id: articleId(canonical), title, url, source: s.source,
      publishedAt: new Date(now - i * 60_000).toISOString(), analyzer: 'offline', sample: false,
    };
    await repository.insertIfAbsent({ article, canonicalUrl: canonical, contentHash: contentHash(title, s.text), text: s.text });
  }
  await db.exec('COMMIT');
  console.log(`seeded ${await repository.count()} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  await repository.refreshStatistics(); // as ingestion does after storing new articles
  // Cache-miss cost: the store queries behind the API, measured one at a time.
  const queries = [{ limit: 20 }, { limit: 20, sentiment: 'bearish' as const }, { limit: 20, minImportance: 7 }, { limit: 20, token: 'ETH' }, { limit: 20, q: 'stablecoin' }];
  for (const query of queries) {
    const times: number[] = [];
    for (let i = 0; i < 60; i += 1) {
      const t = performance.now();
      await repository.list(query);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(`store query ${JSON.stringify(query).padEnd(40)} p50 ${percentile(times, 50).toFixed(2)} ms   p99 ${percentile(times, 99).toFixed(2)} ms (uncached, one at a time)`);
  }
  await db.close();
}

export async function run(): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'news-bench-'));
  try {
    await seed(dataDir);
    const config = loadConfig({
      PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, NEWS_FEEDS: '', NEWS_REFRESH_MINUTES: '0', LIFI_API_URL: 'http://127.0.0.1:9/v1', ...closedRpcEnv(),
    });
    const server = await startServer({ config, jobs: false, log: () => {} });
    try {
      console.log(`autocannon: ${CONNECTIONS} connections, ${SECONDS} s each, ${ARTICLES} stored articles`);
      const size = (await (await fetch(`${server.url}/api/news`, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer()).byteLength;
      report('GET /healthz (yardstick: tiny body)', await cannon(`${server.url}/healthz`));
      report(`bare node:http, same ${Math.round(size / 1024)} KB body (yardstick)`, await bare(size));
      report('GET /api/news', await cannon(`${server.url}/api/news`));
      report('GET /api/news, accept-encoding: gzip', await cannon(`${server.url}/api/news`, ['accept-encoding=gzip, deflate, br']));
      report('GET /api/news?sentiment=bearish&minImportance=5', await cannon(`${server.url}/api/news?sentiment=bearish&minImportance=5`));
      report('GET /api/news?limit=100', await cannon(`${server.url}/api/news?limit=100`));
    } finally {
      await server.close();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
