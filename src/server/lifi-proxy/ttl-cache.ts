import { LRUCache } from 'lru-cache';

export interface CachedResponse {
  status: number;
  body: string;
  contentType: string;
}

/** Carries a response that must reach every waiting caller but must not be kept. */
class NotCached extends Error {
  constructor(readonly response: CachedResponse) {
    super('not cached');
  }
}

type Load = () => Promise<CachedResponse>;

/**
 * Upstream responses by request, each kept for its own TTL; only 200s are kept, and concurrent callers
 * for one key share one upstream request (lru-cache's fetch). Past `maxEntries` the least recently
 * used response goes first.
 */
export class TtlCache {
  private readonly entries: LRUCache<string, CachedResponse, Load>;

  constructor(maxEntries = 200, now?: () => number) {
    this.entries = new LRUCache<string, CachedResponse, Load>({
      max: maxEntries,
      ...(now ? { perf: { now }, ttlResolution: 0 } : {}),
      fetchMethod: async (_key, _stale, { context: load }) => {
        const response = await load();
        if (response.status !== 200) throw new NotCached(response);
        return response;
      },
    });
  }

  async get(key: string, ttlMs: number, load: Load): Promise<CachedResponse> {
    try {
      return (await this.entries.fetch(key, { ttl: ttlMs, context: load }))!;
    } catch (error) {
      if (error instanceof NotCached) return error.response;
      throw error;
    }
  }
}
