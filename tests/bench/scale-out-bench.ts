import { execFile } from 'node:child_process';
import { startPostgres } from '../support/postgres';
import { startServerProcess, type ServerProcess } from '../support/scale-out-process';
import { analysedSpan, databaseNow, queueArticles } from './scale-out-seed';

/** Articles queued per worker count (offline analyser). */
const ARTICLES = 1500;
const CONNECTIONS = 50;
const SECONDS = 8;

interface CannonResult {
  latency: { p50: number; p99: number };
  requests: { average: number };
  non2xx: number;
  errors: number;
}

function cannon(url: string, connections: number): Promise<CannonResult> {
  return new Promise((resolve, reject) => {
    execFile('node_modules/.bin/autocannon', ['-c', String(connections), '-d', String(SECONDS), '-j', '-n', url], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout) => {
      if (error) reject(error);
      else resolve(JSON.parse(stdout) as CannonResult);
    });
  });
}

const line = (label: string, p50: number, p99: number, rps: number, bad: number) =>
  console.log(`${label.padEnd(46)} p50 ${String(p50).padStart(4)} ms   p99 ${String(p99).padStart(4)} ms   ${Math.round(rps).toString().padStart(6)} req/s   non-2xx ${bad}`);

async function waitDone(url: string, since: string): Promise<{ done: number; seconds: number }> {
  const deadline = Date.now() + 600_000;
  for (;;) {
    const span = await analysedSpan(url, since);
    if (span.done === ARTICLES && span.open === 0) return span;
    if (Date.now() > deadline) throw new Error(`only ${span.done} of ${ARTICLES} analysed in 10 min`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Articles analysed per second by 1, 2 and 3 worker processes on one PostgreSQL; GET /api/news p99 over 1 vs 2 servers. */
export async function run(): Promise<void> {
  const postgres = await startPostgres();
  const processes: ServerProcess[] = [];
  try {
    console.log(`${ARTICLES} queued articles per run, offline analyser, each worker 4 analyses at a time; cores: ${(await import('node:os')).availableParallelism()}`);
    let lastUrl = postgres.url;
    for (const workers of [1, 2, 3]) {
      const url = await postgres.createDatabase(`bench_workers_${workers}`);
      lastUrl = url;
      const started = await Promise.all(Array.from({ length: workers }, () => startServerProcess({ DATABASE_URL: url, SERVER_ROLE: 'worker' })));
      processes.push(...started);
      const since = await databaseNow(url);
      await queueArticles(url, ARTICLES, `w${workers}`);
      const { done, seconds } = await waitDone(url, since);
      console.log(`${workers} worker${workers > 1 ? 's' : ' '}: ${(done / seconds).toFixed(0).padStart(5)} articles analysed/s (${done} in ${seconds.toFixed(2)} s, first start to last completion)`);
      await Promise.all(started.map((s) => s.stop('SIGTERM')));
    }
    // The API side on the last database (the sample corpus plus the analysed articles).
    const api = await Promise.all([0, 1].map(() => startServerProcess({ DATABASE_URL: lastUrl, SERVER_ROLE: 'api' })));
    processes.push(...api);
    console.log(`GET /api/news, ${CONNECTIONS} connections, ${SECONDS} s (autocannon processes; every process on this machine's cores)`);
    const one = await cannon(`${api[0]!.url}/api/news`, CONNECTIONS);
    line('one server, 50 connections', one.latency.p50, one.latency.p99, one.requests.average, one.non2xx + one.errors);
    const two = await Promise.all(api.map((s) => cannon(`${s.url}/api/news`, CONNECTIONS / 2)));
    const worst = two.reduce((a, b) => (b.latency.p99 > a.latency.p99 ? b : a));
    line('two servers, 25 connections each (worse p99)', worst.latency.p50, worst.latency.p99,
      two.reduce((sum, r) => sum + r.requests.average, 0), two.reduce((sum, r) => sum + r.non2xx + r.errors, 0));
  } finally {
    await Promise.all(processes.map((p) => p.stop('SIGKILL')));
    await postgres.stop();
  }
}
