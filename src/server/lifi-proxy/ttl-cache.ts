export interface CachedResponse {
  status: number;
  body: string;
  contentType: string;
}

/** A small TTL cache that also shares one upstream request between concurrent callers. */
export class TtlCache {
  private readonly entries = new Map<string, { expires: number; value: CachedResponse }>();
  private readonly inFlight = new Map<string, Promise<CachedResponse>>();

  constructor(private readonly maxEntries = 200, private readonly now: () => number = Date.now) {}

  async get(key: string, ttlMs: number, load: () => Promise<CachedResponse>): Promise<CachedResponse> {
    const hit = this.entries.get(key);
    if (hit && hit.expires > this.now()) return hit.value;
    const pending = this.inFlight.get(key);
    if (pending) return pending;
    const promise = load()
      .then((value) => {
        if (value.status === 200) {
          if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
          this.entries.set(key, { expires: this.now() + ttlMs, value });
        }
        return value;
      })
      .finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, promise);
    return promise;
  }
}
