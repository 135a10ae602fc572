import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_ARTICLES } from '@/server/news/sample/sample-articles';
import { postgresUnavailableReason, startPostgres, type RunningPostgres } from '../support/postgres';
import { eventually, startServerProcess, type ServerProcess } from '../support/scale-out-process';
import { FEED_PATHS, referenceTitles, startCountingOpenAi, startFeeds, storeState } from './scale-out-fixture';

// Three real servers (child processes) on one PostgreSQL with the same feeds and one fake OpenAI: the job queue
// makes each feed fetched once per interval and each article stored and analysed once; a failing feed's job ends
// up failed with its reason; the agent's rate limit is one budget across servers. Skipped like store-postgres.
const unavailable = postgresUnavailableReason();
const skip = unavailable !== null && !process.env.CI;

let postgres: RunningPostgres;
let feeds: Awaited<ReturnType<typeof startFeeds>>;
let openai: Awaited<ReturnType<typeof startCountingOpenAi>>;
let servers: ServerProcess[] = [];
let expectedTitles: string[];
/** Feed requests made by the reference ingest, before any server ran. */
let referenceHits: number[];

describe.skipIf(skip)(`three servers on one PostgreSQL${skip ? ` [skipped: ${unavailable}]` : ''}`, () => {
  beforeAll(async () => {
    [postgres, feeds, openai] = await Promise.all([startPostgres(), startFeeds(), startCountingOpenAi()]);
    const good = FEED_PATHS.map((path) => `${feeds.url}${path}`);
    expectedTitles = await referenceTitles(good);
    referenceHits = FEED_PATHS.map((path) => feeds.hits(path));
    const env = (model: string) => ({
      DATABASE_URL: postgres.url,
      NEWS_FEEDS: [...good, `${feeds.url}/missing.xml`].join(','),
      // One-day slots (aligned to midnight UTC): all three start inside the same one.
      NEWS_REFRESH_MINUTES: '1440',
      OPENAI_API_KEY: 'sk-test-not-real', OPENAI_BASE_URL: openai.baseURL, OPENAI_MODEL: model,
      JOB_RETRY_LIMIT: '1', JOB_RETRY_DELAY_SECONDS: '1',
      AGENT_RATE_LIMIT_PER_MINUTE: '2',
    });
    servers = await Promise.all(['model-a', 'model-b', 'model-c'].map((model) => startServerProcess(env(model))));
  }, 180_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop('SIGKILL')));
    await Promise.all([postgres?.stop(), feeds?.close(), openai?.close()]);
  });

  it('stores every article once and analyses each once, fetching each feed once', async () => {
    expect(expectedTitles.length).toBeGreaterThanOrEqual(4); // beside the 45 sample articles, queued the same way
    await eventually('every feed article stored, nothing queued', async () => {
      const state = await storeState(postgres.url);
      return state.titles.length === expectedTitles.length && state.pending === 0 && state.open === 0;
    });
    const state = await storeState(postgres.url);
    expect(state.titles).toEqual(expectedTitles);
    expect(state.sample).toBe(SAMPLE_ARTICLES.length);
    // One model call per stored article: none analysed twice, by any of the three servers.
    expect(openai.calls).toHaveLength(SAMPLE_ARTICLES.length + expectedTitles.length);
    // Each feed fetched once by the three servers together.
    expect(FEED_PATHS.map((path, i) => feeds.hits(path) - referenceHits[i]!)).toEqual(FEED_PATHS.map(() => 1));
  });

  it('retries a failing feed with backoff, then lists the failed job with its reason', async () => {
    type Failed = { jobs: Array<{ queue: string; data: { feed: string }; reason: string; attempts: number }> };
    let failed: Failed = { jobs: [] };
    await eventually('the missing feed job failed for good', async () => {
      failed = (await (await fetch(`${servers[1]!.url}/api/jobs/failed`)).json()) as Failed;
      return failed.jobs.length > 0;
    });
    expect(failed.jobs).toEqual([expect.objectContaining({ queue: 'news-feed-refresh', data: { feed: `${feeds.url}/missing.xml` }, attempts: 2 })]);
    expect(failed.jobs[0]!.reason).toMatch(/missing\.xml failed: .*404/);
    expect(feeds.hits('/missing.xml')).toBe(2);
    const ready = await fetch(`${servers[2]!.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ok: true, role: 'both', store: 'ok', failedJobs: 1 });
  });

  it('holds the agent rate limit across servers: one budget per client and address', async () => {
    const address = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC';
    const chat = (server: ServerProcess) => fetch(`${server.url}/api/agent/chat`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ message: 'hello', address }),
    });
    expect((await chat(servers[0]!)).status).toBe(200);
    expect((await chat(servers[1]!)).status).toBe(200);
    for (const server of servers) {
      const refused = await chat(server);
      expect(refused.status).toBe(429);
      expect(((await refused.json()) as { error: string }).error).toMatch(/too many agent requests about this address/);
    }
  });
});
