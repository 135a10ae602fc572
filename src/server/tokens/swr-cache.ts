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

/** A single-value cache with TTL, stale-while-revalidate and in-flight de-duplication. */
export function createSwrCache<T>(options: SwrCacheOptions<T>): SwrCache<T> {
  const now = options.now ?? Date.now;
  let value: { data: T; at: number } | undefined;
  let inFlight: Promise<void> | undefined;
  let failedAt: number | undefined;
  let error: unknown;

  const refresh = (): Promise<void> => {
    inFlight ??= options
      .load()
      .then((data) => {
        value = { data, at: now() };
        failedAt = undefined;
        error = undefined;
      })
      .catch((reason: unknown) => {
        failedAt = now();
        error = reason;
      })
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  };

  const usable = () => (value && now() - value.at <= options.maxStaleMs ? value.data : undefined);
  const mayRetry = () => failedAt === undefined || now() - failedAt >= options.retryAfterMs;

  return {
    async get() {
      const age = value ? now() - value.at : Number.POSITIVE_INFINITY;
      if (age < options.ttlMs) return value!.data;
      const stale = usable();
      if (stale !== undefined) {
        if (mayRetry()) void refresh();
        return stale;
      }
      if (mayRetry() || inFlight) await refresh();
      return usable();
    },
    lastError: () => error,
  };
}
