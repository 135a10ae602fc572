import { readFileSync } from 'node:fs';
import pg from 'pg';
import * as v from 'valibot';
import { articleSchema, type Analysis } from '@/domain/article';
import { loadConfig } from '@/server/config';
import { ingestFeeds } from '@/server/news/ingest-feed';
import { newsServicesFor } from '@/server/news/news-services';
import { openDb } from '@/server/store/db';
import { startFakeOpenAi, type ChatRequestBody, type FakeChatReply, type FakeOpenAi } from '../support/fake-openai';
import { startLoopbackServer, type LoopbackServer } from '../support/loopback-http';

// Shared by the scale-out tests: loopback feeds, a fake OpenAI that counts (and can hold) analysis calls, SQL helpers.

export const ANALYSIS: Analysis = {
  summary: 'A model summary of the story.',
  analysis: 'Paragraph one of the model analysis.\n\nParagraph two.',
  takeaways: ['First takeaway.', 'Second takeaway.', 'Third takeaway.'],
  sentiment: 'neutral',
  importance: 5,
  category: 'markets',
  entities: { companies: [], tokens: [] },
};

const FEED_FILES: Record<string, [string, string]> = {
  '/markets.xml': ['tests/support/feeds/markets-atom.xml', 'application/atom+xml'],
  '/windows.xml': ['tests/support/feeds/windows-1252-rss.xml', 'application/rss+xml; charset=windows-1252'],
  '/macro.rdf': ['tests/support/feeds/macro-rdf.rdf', 'application/rdf+xml'],
  '/defi.json': ['tests/support/feeds/defi-feed.json', 'application/feed+json'],
};

export const FEED_PATHS = Object.keys(FEED_FILES);

/** Serves the fixture feeds (and 404 for anything else), counting requests per path. */
export async function startFeeds(): Promise<LoopbackServer & { hits: (path: string) => number }> {
  const server = await startLoopbackServer((request) => {
    const file = FEED_FILES[request.path];
    return file ? { body: readFileSync(file[0]), headers: { 'content-type': file[1] } } : { status: 404, body: 'no such feed' };
  });
  return { ...server, hits: (path) => server.requests.filter((r) => r.path === path).length };
}

export interface AnalysisCall { model: string; text: string }

/**
 * A fake OpenAI answering every analysis (structured output) with ANALYSIS and every agent round with a short
 * reply; `hold(call)` true keeps that analysis call waiting until release().
 */
export async function startCountingOpenAi(): Promise<FakeOpenAi & {
  calls: AnalysisCall[];
  held: AnalysisCall[];
  setHold(hold: (call: AnalysisCall) => boolean): void;
  release(): void;
}> {
  const calls: AnalysisCall[] = [];
  const held: AnalysisCall[] = [];
  let hold: (call: AnalysisCall) => boolean = () => false;
  let releases: Array<() => void> = [];
  const fake = await startFakeOpenAi(async (body: ChatRequestBody): Promise<FakeChatReply> => {
    if (body.tools) return { content: 'Noted.' };
    const call = { model: body.model, text: JSON.stringify(body.messages) };
    calls.push(call);
    if (hold(call)) {
      held.push(call);
      await new Promise<void>((resolve) => releases.push(resolve));
    }
    return { json: ANALYSIS };
  });
  return Object.assign(fake, {
    calls,
    held,
    setHold: (next: (call: AnalysisCall) => boolean) => void (hold = next),
    release: () => {
      hold = () => false;
      held.length = 0;
      for (const resolve of releases) resolve();
      releases = [];
    },
  });
}

/** Titles of the feed articles, from an inline ingest of the same feeds into a throwaway PGlite (the reference). */
export async function referenceTitles(feedUrls: string[]): Promise<string[]> {
  const db = await openDb({ dataDir: 'memory://' });
  try {
    const news = newsServicesFor({ config: loadConfig({ DATA_DIR: 'memory://' }), db, log: () => undefined });
    await ingestFeeds(feedUrls, news);
    const { rows } = await db.query<{ title: string }>('SELECT title FROM news_articles ORDER BY title');
    return rows.map((r) => r.title);
  } finally {
    await db.close();
  }
}

export async function sql<Row>(url: string, text: string, params: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as Row[];
  } finally {
    await client.end();
  }
}

/** Stored articles (each doc parsed: a half-written one would fail) and what is still queued. */
export async function storeState(url: string): Promise<{ titles: string[]; sample: number; pending: number; open: number }> {
  const docs = await sql<{ doc: string }>(url, 'SELECT doc FROM news_articles');
  const articles = docs.map((d) => v.parse(articleSchema, JSON.parse(d.doc)));
  const [pending] = await sql<{ n: number }>(url, 'SELECT count(*)::int AS n FROM news_pending');
  const [open] = await sql<{ n: number }>(url, "SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'news-analyse' AND state < 'completed'");
  return {
    titles: articles.filter((a) => !a.sample).map((a) => a.title).sort(),
    sample: articles.filter((a) => a.sample).length,
    pending: pending!.n,
    open: open!.n,
  };
}
