import type { Db } from './db';

/** At most this many distinct image hosts are read; far more than a set of feeds uses. */
const MAX_HOSTS = 2000;

/**
 * The distinct scheme-and-host prefixes (`https://cdn.example.com`) of the pictures stored articles
 * carry, read straight from the docs (JSON.stringify writes `"imageUrl":"https://…"` with no spaces).
 */
export async function listArticleImageOrigins(db: Db): Promise<string[]> {
  const { rows } = await db.query<{ origin: string | null }>(
    `SELECT DISTINCT substring(doc from '"imageUrl":"(https?://[^/"?#]+)') AS origin FROM news_articles
     WHERE position('"imageUrl":"http' in doc) > 0 LIMIT ${MAX_HOSTS}`,
  );
  return rows.map((row) => row.origin).filter((origin): origin is string => typeof origin === 'string');
}
