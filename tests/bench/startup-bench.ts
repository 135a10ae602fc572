import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { closedRpcEnv } from '../support/server';
import { spaRebuildReason } from '@/server/cli/spa-build-state';

/** Gives up on one start after this long (a figure, not a pass/fail threshold). */
const GIVE_UP_MS = 180_000;

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

function spawnStart(dataDir: string, port: number): ChildProcess {
  // Its own process group, so stopping it also stops the tsx/node children npx starts.
  return spawn('npx', ['tsx', 'src/server/cli/start.ts'], {
    detached: true,
    stdio: 'ignore',
    env: {
      ...process.env, ...closedRpcEnv(), PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir,
      NEWS_FEEDS: '', NEWS_REFRESH_MINUTES: '0', OPENAI_API_KEY: '', DATABASE_URL: '', LIFI_API_URL: 'http://127.0.0.1:9/v1',
    },
  });
}

async function firstFeed(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + GIVE_UP_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.status === 200 && ((await response.json()) as { articles?: unknown[] }).articles?.length) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no feed within ${GIVE_UP_MS} ms`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((r) => child.once('exit', r));
  process.kill(-child.pid, 'SIGTERM');
  await exited;
}

async function timeStart(dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawnStart(dataDir, port);
  try {
    await firstFeed(`http://127.0.0.1:${port}/api/news?limit=1`, child);
    return performance.now() - started;
  } finally {
    await stop(child);
  }
}

export async function run(): Promise<void> {
  // Build first so the timed starts measure the server, not the bundler (npm start rebuilds a stale dist/).
  const rebuild = spaRebuildReason(resolve('.'), resolve('dist'));
  if (rebuild) {
    console.log(`building the SPA once (${rebuild})…`);
    execFileSync(process.execPath, [resolve('node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  }
  const yardstickStart = performance.now();
  execFileSync('npx', ['tsx', '-e', 'process.exit(0)'], { stdio: 'ignore' });
  const yardstick = performance.now() - yardstickStart;
  const dataDir = await mkdtemp(join(tmpdir(), 'startup-bench-'));
  try {
    const cold = await timeStart(dataDir);
    const warm = await timeStart(dataDir);
    console.log(`yardstick: npx tsx of an empty script           ${(yardstick / 1000).toFixed(2)} s`);
    console.log(`cold start (empty DATA_DIR) to first served feed ${(cold / 1000).toFixed(2)} s`);
    console.log(`warm start (same DATA_DIR) to first served feed  ${(warm / 1000).toFixed(2)} s`);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
