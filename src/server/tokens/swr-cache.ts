import { LRUCache } from 'lru-cache';

export interface SwrCacheOptions<T> {
  load: () => Promise<T>;
  /** A value younger than this is served without a refresh. */
  ttlMs: number;
  /** A value older than this is no longer served, even stale. */
  maxStaleMs: number;
  /** After a failed load, wait this long before trying again (no hot loop against a down API). */
  retryAfterMs: number;
  now?: () => number;
}

export interface SwrCache<T> {
  /** The cached value (refreshing it in the background once stale), or undefined while none is usable. */
  get(): Promise<T | undefined>;
  /** The last load error, while no fresh value has replaced it. */
  lastError(): unknown;
}

const KEY = 'value';

/**
 * A single-value cache with TTL, stale-while-revalidate and in-flight de-duplication: lru-cache's
 * fetch does the sharing, the background refresh and keeps the old value when a refresh fails. Ages
 * are judged here, because lru-cache has no notion of "too stale to serve" or of a retry pause.
 */
export function createSwrCache<T>(options: SwrCacheOptions<T>): SwrCache<T> {
  const now = options.now ?? Date.now;
  let loading = false;
  let failedAt: number | undefined;
  let error: unknown;
  const cache = new LRUCache<string, { data: T; at: number }>({
    max: 1,
    noDeleteOnFetchRejection: true,
    allowStaleOnFetchRejection: true,
    fetchMethod: async () => {
      loading = true;
      try {
        const data = await options.load();
        failedAt = undefined;
        error = undefined;
        return { data, at: now() };
      } catch (reason) {
        failedAt = now();
        error = reason;
        throw reason;
      } finally {
        loading = false;
      }
    },
  });

  const usable = (entry: { data: T; at: number } | undefined) => (entry && now() - entry.at <= options.maxStaleMs ? entry.data : undefined);
  const mayRetry = () => failedAt === undefined || now() - failedAt >= options.retryAfterMs;

  return {
    async get() {
      const held = cache.peek(KEY);
      if (held && now() - held.at < options.ttlMs) return held.data;
      const stale = usable(held);
      if (!loading && !mayRetry()) return stale;
      if (stale !== undefined) {
        // Served at once; the refresh (or the one already running) replaces it when it lands.
        void cache.fetch(KEY, { forceRefresh: true, allowStale: true }).catch(() => undefined);
        return stale;
      }
      return usable(await cache.fetch(KEY, { forceRefresh: true, allowStale: false }).catch(() => undefined));
    },
    lastError: () => error,
  };
}
