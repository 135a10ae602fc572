import type { ArticleCandidate } from '../news/normalise-item';
import type { Db } from './db';
import { schemaOnce } from './schema-once';

/**
 * Candidates a feed refresh found, waiting for their "analyse article" job. The unique keys match news_articles',
 * so a story is queued once however many servers see it; the analysis job deletes the row once the article is stored.
 */
const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS news_pending (
  id TEXT PRIMARY KEY,
  canonical_url TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,
  candidate TEXT NOT NULL,
  sample BOOLEAN NOT NULL DEFAULT false,
  queued_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
`;

export interface PendingArticle {
  candidate: ArticleCandidate;
  sample: boolean;
}

export class PendingArticles {
  readonly ensureSchema: () => Promise<void>;

  constructor(private readonly db: Db) {
    this.ensureSchema = schemaOnce(db, SCHEMA_SQL);
  }

  /** The id of the pending row for this story: the candidate's own when it was added, another's when that one was first. */
  async add(candidate: ArticleCandidate, sample: boolean): Promise<{ id: string; added: boolean } | null> {
    await this.ensureSchema();
    const { rows } = await this.db.query<{ id: string }>(
      `INSERT INTO news_pending (id, canonical_url, content_hash, candidate, sample) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING RETURNING id`,
      [candidate.id, candidate.canonicalUrl, candidate.contentHash, JSON.stringify(candidate), sample],
    );
    if (rows[0]) return { id: rows[0].id, added: true };
    const existing = await this.db.query<{ id: string }>(
      'SELECT id FROM news_pending WHERE id = $1 OR canonical_url = $2 OR content_hash = $3 LIMIT 1',
      [candidate.id, candidate.canonicalUrl, candidate.contentHash],
    );
    return existing.rows[0] ? { id: existing.rows[0].id, added: false } : null;
  }

  async get(id: string): Promise<PendingArticle | null> {
    await this.ensureSchema();
    const { rows } = await this.db.query<{ candidate: string; sample: boolean }>('SELECT candidate, sample FROM news_pending WHERE id = $1', [id]);
    return rows[0] ? { candidate: JSON.parse(rows[0].candidate) as ArticleCandidate, sample: rows[0].sample } : null;
  }

  async remove(id: string): Promise<void> {
    await this.ensureSchema();
    await this.db.query('DELETE FROM news_pending WHERE id = $1', [id]);
  }

  async count(options: { sampleOnly?: boolean } = {}): Promise<number> {
    await this.ensureSchema();
    const { rows } = await this.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM news_pending${options.sampleOnly ? ' WHERE sample' : ''}`);
    return Number(rows[0]?.n ?? 0);
  }
}

const repositories = new WeakMap<Db, PendingArticles>();

export function pendingArticlesFor(db: Db): PendingArticles {
  let repository = repositories.get(db);
  if (!repository) repositories.set(db, (repository = new PendingArticles(db)));
  return repository;
}
