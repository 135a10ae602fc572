import { LRUCache } from 'lru-cache';

type Load<Body> = () => Promise<Body>;

/**
 * A small in-process cache of serialised responses, keyed by request and the repository's write
 * version (so an ingest in this process invalidates it at once). A short TTL bounds staleness when
 * another process writes to a shared PostgreSQL. Concurrent misses for one key share one load
 * (lru-cache's fetch); past `maxEntries` the least recently used page goes first.
 */
export class PageCache<Body extends object | string = string> {
  private readonly entries: LRUCache<string, Body & {}, Load<Body>>;
  private version = -1;

  constructor(maxEntries = 500, ttlMs = 5_000, now?: () => number) {
    this.entries = new LRUCache<string, Body & {}, Load<Body>>({
      max: maxEntries,
      ttl: ttlMs,
      // A load still running when the version moves on answers its callers but is not kept.
      ignoreFetchAbort: true,
      ...(now ? { perf: { now }, ttlResolution: 0 } : {}),
      fetchMethod: async (_key, _stale, { context: load }) => (await load()) as Body & {},
    });
  }

  async get(key: string, version: number, load: Load<Body>): Promise<Body> {
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    return (await this.entries.fetch(key, { context: load }))!;
  }
}
