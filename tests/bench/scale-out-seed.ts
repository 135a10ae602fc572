import PgBoss from 'pg-boss';
import { analyseJobId } from '@/server/news/news-jobs';
import { normaliseItem } from '@/server/news/normalise-item';
import { SAMPLE_ARTICLES } from '@/server/news/sample/sample-articles';
import { QUEUES } from '@/server/queue/job-queue';
import { openDb } from '@/server/store/db';
import { pendingArticlesFor } from '@/server/store/pending-articles';

/**
 * Queues `count` distinct articles (sample texts, each made unique) for analysis on `databaseUrl`, the way a feed
 * refresh does (a pending row and an "analyse article" job each), without analysing any.
 */
export async function queueArticles(databaseUrl: string, count: number, tag: string): Promise<void> {
  const db = await openDb({ databaseUrl, dataDir: 'unused' });
  const pending = pendingArticlesFor(db);
  const boss = new PgBoss({ connectionString: databaseUrl, max: 4, schedule: false, supervise: false });
  await boss.start();
  try {
    const now = new Date();
    for (let start = 0; start < count; start += 200) {
      const jobs: PgBoss.JobInsert[] = [];
      for (let i = start; i < Math.min(count, start + 200); i += 1) {
        const base = SAMPLE_ARTICLES[i % SAMPLE_ARTICLES.length]!;
        const item = { title: `${base.title} (${tag} ${i})`, link: `https://bench.example/${tag}/${i}`, html: `${base.text} Copy ${tag} ${i}.`, date: now.toISOString() };
        const result = normaliseItem(item, { source: 'Bench', now });
        if (!result.ok) throw new Error(result.reason);
        const row = await pending.add(result.candidate, false);
        if (row?.added) jobs.push({ id: analyseJobId(row.id), name: QUEUES.analyse, data: { articleId: row.id } });
      }
      await boss.insert(jobs);
    }
  } finally {
    await boss.stop({ graceful: false });
    await db.close();
  }
}

/** The database clock, to tell the bench's jobs from earlier ones. */
export async function databaseNow(databaseUrl: string): Promise<string> {
  const db = await openDb({ databaseUrl, dataDir: 'unused' });
  try {
    const { rows } = await db.query<{ now: Date }>('SELECT now() AS now');
    return rows[0]!.now.toISOString();
  } finally {
    await db.close();
  }
}

/** Analysis jobs created since `since`: how many completed, how many are open, first start to last completion (s). */
export async function analysedSpan(databaseUrl: string, since: string): Promise<{ done: number; open: number; seconds: number }> {
  const db = await openDb({ databaseUrl, dataDir: 'unused' });
  try {
    const { rows } = await db.query<{ done: number; open: number; seconds: number | null }>(
      `SELECT count(*) FILTER (WHERE state = 'completed')::int AS done, count(*) FILTER (WHERE state < 'completed')::int AS open,
        extract(epoch FROM max(completed_on) - min(started_on))::float8 AS seconds
       FROM pgboss.job WHERE name = $1 AND created_on >= $2`,
      [QUEUES.analyse, since],
    );
    const row = rows[0]!;
    return { done: row.done, open: row.open, seconds: Number(row.seconds ?? 0) };
  } finally {
    await db.close();
  }
}
