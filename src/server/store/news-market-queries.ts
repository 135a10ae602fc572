import type { Db } from './db';
import type { NewsListQuery } from './news-list-query';

export type NewsFilters = Pick<NewsListQuery, 'minImportance' | 'sentiment' | 'token' | 'q'>;

export interface RankingCandidate {
  id: string;
  tokens: string[];
  importance: number;
  publishedAt: string;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/** WHERE clauses of the feed's filters, every value a bound parameter. */
function filterSql(filters: NewsFilters, params: unknown[]): string[] {
  const param = (value: unknown) => `$${params.push(value)}`;
  const where: string[] = [];
  if (filters.minImportance !== undefined) where.push(`importance >= ${param(filters.minImportance)}`);
  if (filters.sentiment) where.push(`sentiment = ${param(filters.sentiment)}`);
  if (filters.token) where.push(`token_symbols @> ARRAY[${param(filters.token.toUpperCase())}]::text[]`);
  if (filters.q) {
    const pattern = param(`%${escapeLike(filters.q)}%`);
    where.push(`(title ILIKE ${pattern} OR summary ILIKE ${pattern})`);
  }
  return where;
}
const whereText = (where: string[]) => (where.length ? ` WHERE ${where.join(' AND ')}` : '');

/** The newest `limit` articles matching the filters, with what "For you" ranks them by (no documents). */
export async function rankingCandidates(db: Db, filters: NewsFilters, limit: number): Promise<RankingCandidate[]> {
  const params: unknown[] = [];
  const where = filterSql(filters, params);
  const { rows } = await db.query<{ id: string; token_symbols: string[]; importance: number; published_at: Date | string }>(
    `SELECT id, token_symbols, importance, published_at FROM news_articles${whereText(where)} ORDER BY published_at DESC, id DESC LIMIT $${params.push(limit)}`,
    params,
  );
  return rows.map((r) => ({ id: r.id, tokens: r.token_symbols, importance: Number(r.importance), publishedAt: new Date(r.published_at).toISOString() }));
}

/** Documents by id, in the order asked. */
export async function docsByIds(db: Db, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<{ id: string; doc: string }>('SELECT id, doc FROM news_articles WHERE id = ANY($1::text[])', [ids]);
  const byId = new Map(rows.map((r) => [r.id, r.doc]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** One page of the filtered feed, most important first (then newest); asks for one extra row to know if there is more. */
export async function importancePage(db: Db, filters: NewsFilters, offset: number, limit: number): Promise<string[]> {
  const params: unknown[] = [];
  const where = filterSql(filters, params);
  const { rows } = await db.query<{ doc: string }>(
    `SELECT doc FROM news_articles${whereText(where)} ORDER BY importance DESC, published_at DESC, id DESC LIMIT $${params.push(limit + 1)} OFFSET $${params.push(offset)}`,
    params,
  );
  return rows.map((r) => r.doc);
}

/**
 * Articles since `since` that list one of `tokens` or whose text contains one of `spellings` (literal,
 * case-insensitive: LIKE wildcards in a spelling are escaped). A coarse net: callers match precisely.
 */
export async function mentionCandidates(db: Db, input: { tokens: readonly string[]; spellings: readonly string[]; since: string; limit: number }): Promise<string[]> {
  const params: unknown[] = [input.since];
  const any: string[] = [];
  if (input.tokens.length > 0) any.push(`token_symbols && $${params.push(input.tokens.map((t) => t.toUpperCase()))}::text[]`);
  if (input.spellings.length > 0) {
    const patterns = `$${params.push(input.spellings.map((s) => `%${escapeLike(s).replace(/ /g, '%')}%`))}::text[]`;
    any.push(`title ILIKE ANY(${patterns}) OR summary ILIKE ANY(${patterns}) OR doc ILIKE ANY(${patterns})`);
  }
  if (any.length === 0) return [];
  const { rows } = await db.query<{ doc: string }>(
    `SELECT doc FROM news_articles WHERE published_at >= $1::timestamptz AND (${any.join(' OR ')})
     ORDER BY published_at DESC, id DESC LIMIT $${params.push(input.limit)}`,
    params,
  );
  return rows.map((r) => r.doc);
}
