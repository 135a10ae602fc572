import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { articleWithRelatedSchema, newsPageSchema } from '@/domain/article';
import type { RunningServer } from '@/server/main';
import { ingestFeeds } from '@/server/news/ingest-feed';
import { newsServicesFor } from '@/server/news/news-services';
import { SAMPLE_ARTICLES } from '@/server/news/sample/sample-articles';
import { postgresUnavailableReason, startPostgres, type RunningPostgres } from '../support/postgres';
import { startTestServer } from '../support/server';
import { articleCount, chat, getJson, ids, listAll, matches, turns } from './store-postgres-fixture';

// DATABASE_URL switches the store from embedded PGlite to PostgreSQL. This runs the real server on a real
// PostgreSQL and checks it answers exactly like the PGlite-backed server for the same requests.
// Without PostgreSQL installed the suite is skipped on a developer's machine; CI installs it (.ci/run), and
// there a missing server fails the suite rather than skipping it silently.
const unavailable = postgresUnavailableReason();
const skip = unavailable !== null && !process.env.CI;
if (skip) console.warn(`store-postgres tests skipped: ${unavailable}`);

const FEEDS = 'tests/support/feeds';
const FIXTURES = [`${FEEDS}/markets-atom.xml`, `${FEEDS}/windows-1252-rss.xml`];
const LIST_QUERIES = [
  '', 'sentiment=bullish', 'sentiment=bearish', 'sentiment=neutral', 'minImportance=7', 'minImportance=3',
  'token=ETH', 'token=btc', 'token=ARB', 'q=bitcoin', 'q=ETF', 'q=caf%C3%A9', 'q=100%25', 'q=a_b',
  'token=ETH&sentiment=bullish', 'minImportance=5&q=the', 'token=NOPE',
];

let postgres: RunningPostgres;
let pgServer: RunningServer;
let liteServer: RunningServer;
/** The conversation the agent test started, continued after the restart. */
let conversationId: string;

describe.skipIf(skip)(`the store on a real PostgreSQL (DATABASE_URL)${skip ? ` [skipped: ${unavailable}]` : ''}`, () => {
  beforeAll(async () => {
    postgres = await startPostgres();
    // Background jobs on: the sample corpus loads through the normal start-up path on both stores.
    pgServer = await startTestServer({ env: { DATABASE_URL: postgres.url } });
    liteServer = await startTestServer();
  });

  afterAll(async () => {
    await pgServer?.close();
    await liteServer?.close();
    await postgres?.stop();
  });

  it('really is PostgreSQL, and rows come back in the same shapes as from PGlite', async () => {
    const sql = `SELECT version() AS version, count(*) AS n, 9007199254740993::bigint AS big, max(published_at) AS latest,
      '2025-06-08'::date AS day, max(token_symbols) AS tokens, bool_and(sample) AS sample FROM news_articles`;
    const [pgRow] = (await pgServer.ctx.db.query<Record<string, unknown>>(sql)).rows;
    const [liteRow] = (await liteServer.ctx.db.query<Record<string, unknown>>(sql)).rows;
    expect(pgRow!.version).toMatch(/^PostgreSQL \d+/);
    expect(pgRow!.version).not.toMatch(/PGlite/);
    expect(liteRow!.version).toMatch(/PGlite/);
    for (const row of [pgRow!, liteRow!]) {
      expect(row.n).toBe(SAMPLE_ARTICLES.length);
      expect(row.big).toBe(9007199254740993n);
      expect(row.latest).toBeInstanceOf(Date);
      expect(row.day).toEqual(new Date('2025-06-08T00:00:00Z'));
      expect(row.tokens).toEqual(expect.any(Array));
      expect(row.sample).toBe(true);
    }
  });

  it('lists with every filter and cursor pagination give the same ids in the same order as PGlite', async () => {
    let nonEmpty = 0;
    for (const query of LIST_QUERIES) {
      const [fromPg, fromLite] = await Promise.all([listAll(pgServer, query), listAll(liteServer, query)]);
      expect(ids(fromPg), query).toEqual(ids(fromLite));
      expect(new Set(ids(fromPg)).size, `${query}: no article twice across pages`).toBe(fromPg.length);
      expect(fromPg.filter((a) => !matches(query, a)).map((a) => a.title), `${query}: only matching articles`).toEqual([]);
      const single = v.parse(newsPageSchema, (await getJson(pgServer, `/api/news?${query}&limit=100`)).body);
      expect(ids(single.articles), `${query}: pages join up to the one-page list`).toEqual(ids(fromPg));
      if (fromPg.length > 0) nonEmpty += 1;
    }
    expect(nonEmpty).toBeGreaterThanOrEqual(LIST_QUERIES.length - 4);
    const everything = await listAll(pgServer, '');
    expect(everything).toHaveLength(SAMPLE_ARTICLES.length);
    for (const query of LIST_QUERIES.filter(Boolean)) {
      expect(ids(await listAll(pgServer, query)), `${query}: exactly the matching articles`).toEqual(ids(everything.filter((a) => matches(query, a))));
    }
  });

  it('rejects bad list parameters on PostgreSQL with a 400 naming the field', async () => {
    const { status, body } = await getJson(pgServer, '/api/news?cursor=not-a-cursor');
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toMatch(/cursor/);
  });

  it('serves each article with the same related articles as PGlite, and 404 for an unknown id', async () => {
    const articles = await listAll(pgServer, '');
    let withRelated = 0;
    for (const { id } of articles.slice(0, 12)) {
      const [pg, lite] = await Promise.all([getJson(pgServer, `/api/news/${id}`), getJson(liteServer, `/api/news/${id}`)]);
      expect(pg.status).toBe(200);
      const fromPg = v.parse(articleWithRelatedSchema, pg.body);
      const fromLite = v.parse(articleWithRelatedSchema, lite.body);
      expect(fromPg.id).toBe(id);
      expect(ids(fromPg.related), id).toEqual(ids(fromLite.related));
      expect({ ...fromPg, publishedAt: '', related: [] }).toEqual({ ...fromLite, publishedAt: '', related: [] });
      if (fromPg.related.length > 0) withRelated += 1;
    }
    expect(withRelated).toBeGreaterThan(0);
    expect((await getJson(pgServer, '/api/news/0000000000000000')).status).toBe(404);
  });

  it('ingests feed fixtures once: a second pass finds only duplicates, and PostgreSQL lists them like PGlite', async () => {
    const before = await articleCount(pgServer);
    const first = await ingestFeeds(FIXTURES, newsServicesFor(pgServer.ctx));
    expect(first.map((r) => r.error)).toEqual([undefined, undefined]);
    expect(first.map((r) => [r.new, r.duplicate])).toEqual([[1, 0], [1, 0]]);
    const again = await ingestFeeds(FIXTURES, newsServicesFor(pgServer.ctx));
    expect(again.map((r) => [r.new, r.duplicate])).toEqual([[0, 1], [0, 1]]);
    expect(await articleCount(pgServer)).toBe(before + 2);

    await ingestFeeds(FIXTURES, newsServicesFor(liteServer.ctx));
    for (const query of ['', 'q=optimism', 'q=soci%C3%A9t%C3%A9', 'q=SOCI%C3%89T%C3%89', 'q=%E2%82%AC1bn', 'token=OP', 'sentiment=neutral']) {
      expect(ids(await listAll(pgServer, query)), query).toEqual(ids(await listAll(liteServer, query)));
    }
    // Non-ASCII text matches whatever its case (the throwaway server's ctype is C.UTF-8, as PGlite's is).
    expect(await listAll(pgServer, 'q=SOCI%C3%89T%C3%89')).toHaveLength(1);
    expect(await listAll(pgServer, 'q=optimism%20sequencer')).toHaveLength(1);
  });

  it('stores a story once however a feed repeats it (same canonical URL, or same text under another URL)', async () => {
    const feed = [`${FEEDS}/duplicates-rss.xml`];
    const before = await articleCount(pgServer);
    const [first] = await ingestFeeds(feed, newsServicesFor(pgServer.ctx));
    expect(first!.error).toBeUndefined();
    // The first of the repeated items wins, whatever order the concurrent stores finish in.
    expect([first!.new, first!.duplicate]).toEqual([1, 2]);
    const stored = await listAll(pgServer, 'q=gaming%20studios');
    expect(stored.map((article) => article.title)).toEqual(['Arbitrum DAO approves grant programme for gaming studios']);
    // articleCount also checks that no canonical URL or content hash is stored twice.
    expect(await articleCount(pgServer)).toBe(before + first!.new);
    const [again] = await ingestFeeds(feed, newsServicesFor(pgServer.ctx));
    expect([again!.new, again!.duplicate]).toEqual([0, 3]);
    expect(await articleCount(pgServer)).toBe(before + first!.new);
  });

  it('keeps an agent conversation across turns (offline brain, no address)', async () => {
    const first = await chat(pgServer, { message: 'hello' });
    expect(first.brain).toBe('offline');
    const second = await chat(pgServer, { message: 'what is the news on ETH?', conversationId: first.conversationId });
    expect(second.conversationId).toBe(first.conversationId);
    expect(await turns(pgServer, first.conversationId)).toEqual([
      'user: hello', `assistant: ${first.reply}`, 'user: what is the news on ETH?', `assistant: ${second.reply}`,
    ]);
    conversationId = first.conversationId;
    const stranger = await chat(pgServer, { message: 'hello', conversationId: 'no-such-conversation' });
    expect(stranger.conversationId).not.toBe('no-such-conversation');
  });

  it('starts two servers at once on an empty database: one schema, one sample corpus, both serving', async () => {
    const url = await postgres.createDatabase('started_together');
    const servers = await Promise.all([0, 1].map(() => startTestServer({ env: { DATABASE_URL: url } })));
    try {
      for (const server of servers) {
        expect(await articleCount(server)).toBe(SAMPLE_ARTICLES.length);
        expect(ids(await listAll(server, 'token=ETH'))).toEqual(ids(await listAll(liteServer, 'token=ETH')));
      }
    } finally {
      await Promise.all(servers.map((server) => server.close()));
    }
  });

  it('keeps serving when PostgreSQL restarts under it (dead pooled connections are replaced, not fatal)', async () => {
    const before = await listAll(pgServer, 'sentiment=bearish');
    await postgres.restart();
    // A fresh query string, so the answer comes from the database rather than the page cache.
    expect(ids(await listAll(pgServer, 'sentiment=bearish&minImportance=1'))).toEqual(ids(before));
    expect((await chat(pgServer, { message: 'still there?', conversationId })).conversationId).toBe(conversationId);
  });

  it('after a restart on the same database nothing is lost or stored twice, and the conversation goes on', async () => {
    const listBefore = await listAll(pgServer, '');
    const countBefore = await articleCount(pgServer);
    const turnsBefore = await turns(pgServer, conversationId);
    expect(turnsBefore).toHaveLength(6);
    await pgServer.close();

    pgServer = await startTestServer({ env: { DATABASE_URL: postgres.url } });
    expect(await articleCount(pgServer)).toBe(countBefore);
    // Same ids, order and dates: the sample corpus was not inserted again or re-dated.
    expect(await listAll(pgServer, '')).toEqual(listBefore);
    expect(await turns(pgServer, conversationId)).toEqual(turnsBefore);
    const next = await chat(pgServer, { message: 'and now?', conversationId });
    expect(next.conversationId).toBe(conversationId);
    expect(await turns(pgServer, conversationId)).toEqual([...turnsBefore, 'user: and now?', `assistant: ${next.reply}`]);
  });
});
