import type { Db } from '../store/db';
import { listArticleImageOrigins } from '../store/article-image-urls';
import { articleImageOrigin } from './image-hosts';

/** An unknown host re-reads the store at most this often, so random URLs cannot turn into a query each. */
export const ARTICLE_ORIGINS_REFRESH_MS = 5_000;

/**
 * The hosts of the pictures of stored articles, which the image proxy also allows: whatever feeds the
 * server ingests (the defaults or NEWS_FEEDS), their pictures show without configuring hosts, while
 * a host no stored article names is still refused. Read from the store, so a worker's ingest counts too.
 */
export class ArticleImageOrigins {
  private origins = new Set<string>();
  private readAt = Number.NEGATIVE_INFINITY;
  private reading?: Promise<void>;

  constructor(private readonly db: Db, private readonly now: () => number = Date.now) {}

  /** Whether `origin` is one a stored article's picture uses (refreshing the list when it may be stale). */
  async has(origin: string): Promise<boolean> {
    if (this.origins.has(origin)) return true;
    if (this.now() - this.readAt < ARTICLE_ORIGINS_REFRESH_MS) return false;
    this.reading ??= this.read().finally(() => (this.reading = undefined));
    await this.reading;
    return this.origins.has(origin);
  }

  /** The origins known now (for checking redirects of a fetch already allowed). */
  current(): ReadonlySet<string> {
    return this.origins;
  }

  private async read(): Promise<void> {
    this.readAt = this.now();
    try {
      const prefixes = await listArticleImageOrigins(this.db);
      this.origins = new Set(prefixes.map(articleImageOrigin).filter((o): o is string => o !== null));
    } catch {
      // No news table yet (an API-only start): nothing is allowed from articles until there is.
    }
  }
}
