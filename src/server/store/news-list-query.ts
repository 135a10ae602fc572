import type { Sentiment } from '@/domain/article';

export interface NewsCursor {
  /** ISO 8601 */
  publishedAt: string;
  id: string;
}

export interface NewsListQuery {
  limit: number;
  cursor?: NewsCursor;
  minImportance?: number;
  sentiment?: Sentiment;
  /** Token symbol, any case. */
  token?: string;
  /** Free text over title and summary. */
  q?: string;
}

/**
 * The stored doc, with `"author": null, "imageUrl": null` added to docs written before those fields existed, so
 * the API always sends both. Done on read: rewriting old rows at start contends with concurrent ingestion.
 */
export const DOC_WITH_NULL_EXTRAS = `CASE WHEN position('"imageUrl"' in doc) = 0
  THEN (doc::jsonb || '{"author": null, "imageUrl": null}'::jsonb)::text ELSE doc END AS doc`;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/** Builds the keyset-paginated list query (newest first); asks for one extra row to know if there is more. */
export function buildListSql(query: NewsListQuery): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (query.cursor) {
    where.push(`(published_at, id) < (${param(query.cursor.publishedAt)}::timestamptz, ${param(query.cursor.id)})`);
  }
  if (query.minImportance !== undefined) where.push(`importance >= ${param(query.minImportance)}`);
  if (query.sentiment) where.push(`sentiment = ${param(query.sentiment)}`);
  if (query.token) where.push(`token_symbols @> ARRAY[${param(query.token.toUpperCase())}]::text[]`);
  if (query.q) {
    const pattern = param(`%${escapeLike(query.q)}%`);
    where.push(`(title ILIKE ${pattern} OR summary ILIKE ${pattern})`);
  }
  const sql = `SELECT ${DOC_WITH_NULL_EXTRAS}, id, published_at FROM news_articles${where.length ? ` WHERE ${where.join(' AND ')}` : ''}
    ORDER BY published_at DESC, id DESC LIMIT ${param(query.limit + 1)}`;
  return { sql, params };
}
