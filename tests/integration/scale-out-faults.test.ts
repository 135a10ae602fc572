import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresUnavailableReason, startPostgres, type RunningPostgres } from '../support/postgres';
import { eventually, startServerProcess, type ServerProcess } from '../support/scale-out-process';
import { FEED_PATHS, referenceTitles, sql, startCountingOpenAi, startFeeds, storeState } from './scale-out-fixture';

// Servers that die: kill -9 in the middle of an analysis (the fake OpenAI holds that answer), and SIGTERM while
// a feed's articles are being analysed. Nothing is lost either way. Skipped like store-postgres.
const unavailable = postgresUnavailableReason();
const skip = unavailable !== null && !process.env.CI;

let postgres: RunningPostgres;
let feeds: Awaited<ReturnType<typeof startFeeds>>;
let openai: Awaited<ReturnType<typeof startCountingOpenAi>>;
let feedUrls: string[];
let expectedTitles: string[];
const started: ServerProcess[] = [];

async function serve(databaseUrl: string, model: string, extra: Record<string, string> = {}): Promise<ServerProcess> {
  const server = await startServerProcess({
    DATABASE_URL: databaseUrl, NEWS_FEEDS: feedUrls.join(','), NEWS_REFRESH_MINUTES: '0',
    OPENAI_API_KEY: 'sk-test-not-real', OPENAI_BASE_URL: openai.baseURL, OPENAI_MODEL: model,
    JOB_RETRY_DELAY_SECONDS: '1', ...extra,
  });
  started.push(server);
  return server;
}

const isFeedArticle = (text: string) => expectedTitles.some((title) => text.includes(title));

describe.skipIf(skip)(`servers that die mid-job${skip ? ` [skipped: ${unavailable}]` : ''}`, () => {
  beforeAll(async () => {
    [postgres, feeds, openai] = await Promise.all([startPostgres(), startFeeds(), startCountingOpenAi()]);
    feedUrls = FEED_PATHS.map((path) => `${feeds.url}${path}`);
    expectedTitles = await referenceTitles(feedUrls);
  }, 120_000);

  afterAll(async () => {
    openai?.release();
    await Promise.all(started.map((s) => s.stop('SIGKILL')));
    await Promise.all([postgres?.stop(), feeds?.close(), openai?.close()]);
  });

  it('kill -9 mid-analysis: the job completes on the other server once its lease expires', async () => {
    const url = await postgres.createDatabase('killed');
    const target = expectedTitles.find((title) => /^[\w $.,'-]+$/.test(title))!;
    let first = true; // hold only the first attempt; the retry elsewhere is answered
    openai.setHold((call) => {
      if (!first || !call.text.includes(target)) return false;
      first = false;
      return true;
    });
    // A 4 s lease (checked every 2 s): the killed server's job is handed on within seconds.
    const servers = await Promise.all(['model-a', 'model-b'].map((model) => serve(url, model, { JOB_LEASE_SECONDS: '4' })));
    await eventually('the target analysis is held', async () => openai.held.length === 1);
    const heldBy = openai.held[0]!.model;
    const [victim, survivor] = heldBy === 'model-a' ? [servers[0]!, servers[1]!] : [servers[1]!, servers[0]!];
    expect(await victim.stop('SIGKILL')).toBe('SIGKILL');

    await eventually('every feed article stored after the lease expired', async () => {
      const state = await storeState(url);
      return state.titles.length === expectedTitles.length && state.pending === 0 && state.open === 0;
    }, 90_000);
    expect((await storeState(url)).titles).toEqual(expectedTitles);
    const attempts = openai.calls.filter((call) => call.text.includes(target)).map((call) => call.model);
    expect(attempts).toEqual([heldBy, survivor === servers[0] ? 'model-a' : 'model-b']);
    const [job] = await sql<{ state: string; retry_count: number }>(url,
      "SELECT state, retry_count FROM pgboss.job WHERE name = 'news-analyse' AND data->>'articleId' = (SELECT id FROM news_articles WHERE title = $1)", [target]);
    expect(job).toEqual({ state: 'completed', retry_count: 1 });
    openai.release();
  }, 180_000);

  it('SIGTERM mid-ingest: in-flight analyses finish, the rest stay queued, all arrive after a restart', async () => {
    const url = await postgres.createDatabase('terminated');
    openai.setHold((call) => isFeedArticle(call.text));
    const first = await serve(url, 'model-a');
    await eventually('feed analyses in flight', async () => openai.held.length > 0);
    const stopping = first.stop('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    openai.release(); // the in-flight model calls answer during the grace period
    expect(await stopping).toBe(0);

    // Every stored article is whole (storeState parses each doc); the rest wait as queued articles or feed jobs.
    const afterStop = await storeState(url);
    expect(afterStop.titles.length + afterStop.pending).toBeLessThanOrEqual(expectedTitles.length);
    await serve(url, 'model-b');
    await eventually('every feed article stored after the restart', async () => {
      const state = await storeState(url);
      return state.titles.length === expectedTitles.length && state.pending === 0 && state.open === 0;
    });
    expect((await storeState(url)).titles).toEqual(expectedTitles);
  }, 180_000);
});
