import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '@/server/config';
import { startBackgroundJobs } from '@/server/jobs';
import { openDb, type Db } from '@/server/store/db';
import { startLoopbackServer, type LoopbackServer } from '../support/loopback-http';

/**
 * README: feeds are fetched at start, then once per NEWS_REFRESH_MINUTES slot, as "feed refresh" jobs; 0 = once at
 * start. Through the server's real background jobs (config from env, sample corpus, pg-boss on an in-memory PGlite)
 * against a loopback feed that answers only when the test releases it. Slots are 3 s (0.05 minutes) on the real clock.
 */
const SLOT_MS = 3000;
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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Refresh jobs of the test's feed, per slot (singleton_on) and state. */
async function refreshJobs(): Promise<Array<{ slot: string | null; state: string }>> {
  const { rows } = await db.query<{ slot: Date | null; state: string }>(
    "SELECT singleton_on AS slot, state FROM pgboss.job WHERE name = 'news-feed-refresh' AND singleton_key = $1 ORDER BY created_on",
    [`${feeds.url}/atom.xml`],
  );
  return rows.map((r) => ({ slot: r.slot ? new Date(r.slot).toISOString() : null, state: r.state }));
}

const passesLogged = () => logs.filter((line) => line.startsWith(`feed ${feeds.url}/atom.xml:`));

beforeEach(async () => {
  arrivals = [];
  logs = [];
  wake = () => undefined;
  feeds = await startLoopbackServer(() => new Promise((resolve) => {
    arrivals.push({ at: Date.now(), release: () => resolve({ body: ATOM, headers: { 'content-type': 'application/atom+xml' } }) });
    wake();
  }));
});

afterEach(async () => {
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
  it('fetches at start, then once per slot; a fetch still running when the next slot begins is never run twice at once', async () => {
    const stop = await startJobs(SLOT_MS / 60_000);
    await until(() => arrivals.length === 1);
    const firstSlot = Math.floor(arrivals[0]!.at / SLOT_MS);

    // Hold the first fetch past the slot's end, until the next slot's job is queued beside it.
    await bounded(async () => Math.floor(Date.now() / SLOT_MS) > firstSlot && (await refreshJobs()).length === 2);
    expect((await refreshJobs()).map((j) => j.state)).toEqual(['active', 'created']);
    await sleep(2100); // two of the worker's polls: the queued job must not start beside the running one
    expect(arrivals).toHaveLength(1);

    arrivals[0]!.release();
    await until(() => arrivals.length === 2);
    expect(Math.floor(arrivals[1]!.at / SLOT_MS)).toBeGreaterThan(firstSlot);
    arrivals[1]!.release();
    await until(() => passesLogged().length === 2);
    expect(passesLogged()[0]).toMatch(/: [1-9]\d* new, 0 duplicate/); // a pass ran to its end
    expect(passesLogged()[1]).toMatch(/: 0 new, [1-9]\d* duplicate/);

    // One job per slot, however many ticks each slot had.
    const slots = (await refreshJobs()).map((j) => j.slot);
    expect(new Set(slots).size).toBe(slots.length);
    await stop();
  });

  it('NEWS_REFRESH_MINUTES=0 fetches once at start and queues no other refresh', async () => {
    const stop = await startJobs(0);
    await until(() => arrivals.length === 1);
    arrivals[0]!.release();
    await until(() => passesLogged().length === 1);
    await sleep(SLOT_MS);
    expect(arrivals).toHaveLength(1);
    expect(await refreshJobs()).toEqual([{ slot: null, state: 'completed' }]);
    await stop();
  });
});

/** Polls an async condition (every 100 ms, for at most 30 s). */
async function bounded(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached in 30 s');
    await sleep(100);
  }
}
