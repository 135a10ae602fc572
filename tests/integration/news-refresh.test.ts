import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '@/server/config';
import { startBackgroundJobs } from '@/server/jobs';
import { openDb, type Db } from '@/server/store/db';
import { startLoopbackServer, type LoopbackServer } from '../support/loopback-http';

/**
 * README: "Feeds are fetched at start, then every N minutes. 0 = once at start." Through the server's
 * real background jobs (config from env, sample corpus, ingest into an in-memory PGlite) against a
 * loopback feed that answers only when the test releases it. The interval and Date are fake; the
 * clock only moves when the test moves it, so each fetch records the minute its pass started at.
 */
const MINUTE = 60_000;
const ATOM = readFileSync('tests/support/feeds/markets-atom.xml', 'utf8');

interface Arrival { at: number; release(): void }

let feeds: LoopbackServer;
let db: Db;
let arrivals: Arrival[];
let logs: string[];
let wake: () => void = () => undefined;

/** Resolves once `check` holds, re-checked whenever a feed request arrives or a line is logged. */
function until(check: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const previous = wake;
    wake = () => {
      previous();
      if (check()) resolve();
    };
    if (check()) resolve();
  });
}

/** A pass logs its reports just before it ends: let it finish (next macrotask; setImmediate is not faked). */
const passEnded = () => new Promise((resolve) => setImmediate(resolve));

const passesLogged = () => logs.filter((line) => line.startsWith(`feed ${feeds.url}/atom.xml:`));

beforeEach(async () => {
  arrivals = [];
  logs = [];
  wake = () => undefined;
  feeds = await startLoopbackServer(() => new Promise((resolve) => {
    arrivals.push({ at: Date.now(), release: () => resolve({ body: ATOM, headers: { 'content-type': 'application/atom+xml' } }) });
    wake();
  }));
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
});

afterEach(async () => {
  vi.useRealTimers();
  for (const arrival of arrivals) arrival.release();
  await feeds.close();
});

// One store for both tests: the sample corpus (loaded by the jobs before the first pass) is analysed once.
beforeAll(async () => {
  db = await openDb({ dataDir: 'memory://' });
});

afterAll(async () => {
  await db?.close();
});

async function startJobs(minutes: number) {
  const config = loadConfig({ DATA_DIR: 'memory://', NEWS_FEEDS: `${feeds.url}/atom.xml`, NEWS_REFRESH_MINUTES: String(minutes), LIFI_API_URL: 'http://127.0.0.1:9/v1' });
  return startBackgroundJobs({ config, db, log: (line) => { logs.push(line); wake(); } });
}

describe('feed refresh', () => {
  it('fetches at start, then every N minutes; a tick while a pass still runs starts no second one', async () => {
    const t0 = Date.now();
    const stop = await startJobs(15);
    await until(() => arrivals.length === 1);
    expect(arrivals[0]!.at).toBe(t0);

    vi.advanceTimersByTime(15 * MINUTE); // the first pass is still downloading
    arrivals[0]!.release();
    await until(() => passesLogged().length === 1);
    expect(passesLogged()[0]).toMatch(/: [1-9]\d* new, 0 duplicate/); // a pass ran to its end
    expect(arrivals).toHaveLength(1);
    await passEnded();

    vi.advanceTimersByTime(15 * MINUTE);
    await until(() => arrivals.length === 2);
    arrivals[1]!.release();
    await until(() => passesLogged().length === 2);
    expect(passesLogged()[1]).toMatch(/: 0 new, [1-9]\d* duplicate/);
    await passEnded();

    vi.advanceTimersByTime(15 * MINUTE);
    await until(() => arrivals.length === 3);
    arrivals[2]!.release();
    await until(() => passesLogged().length === 3);

    // Skipped at 15 (the pass was running), then on every 15-minute tick.
    expect(arrivals.map((a) => (a.at - t0) / MINUTE)).toEqual([0, 30, 45]);
    expect(vi.getTimerCount()).toBe(1);
    await stop();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('NEWS_REFRESH_MINUTES=0 fetches once at start and sets no timer', async () => {
    const stop = await startJobs(0);
    await until(() => arrivals.length === 1);
    arrivals[0]!.release();
    await until(() => passesLogged().length === 1);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(24 * 60 * MINUTE);
    expect(arrivals).toHaveLength(1);
    await stop();
  });
});
