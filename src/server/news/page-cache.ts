/**
 * A small in-process cache of serialised responses, keyed by request and the repository's write
 * version (so an ingest in this process invalidates it at once). A short TTL bounds staleness when
 * another process writes to a shared PostgreSQL. Concurrent misses for one key share one load.
 */
export class PageCache<Body = string> {
  private readonly entries = new Map<string, { body: Body; expires: number }>();
  private readonly loading = new Map<string, Promise<Body>>();
  private version = -1;

  constructor(private readonly maxEntries = 500, private readonly ttlMs = 5_000) {}

  async get(key: string, version: number, load: () => Promise<Body>): Promise<Body> {
    if (version !== this.version) {
      this.entries.clear();
      this.loading.clear();
      this.version = version;
    }
    const now = Date.now();
    const hit = this.entries.get(key);
    if (hit && hit.expires > now) return hit.body;
    const pending = this.loading.get(key);
    if (pending) return pending;
    const promise = load().then((body) => {
      if (this.version === version) {
        this.entries.delete(key);
        this.entries.set(key, { body, expires: Date.now() + this.ttlMs });
        if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
      }
      return body;
    }).finally(() => {
      if (this.loading.get(key) === promise) this.loading.delete(key);
    });
    this.loading.set(key, promise);
    return promise;
  }
}
