import pLimit from 'p-limit';

/** Runs `task` over `items` with at most `limit` in flight (p-limit); results keep the input order. */
export async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const run = pLimit(Math.max(1, limit));
  return Promise.all(items.map((item, index) => run(() => task(item, index))));
}
