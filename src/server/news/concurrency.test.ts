import { describe, expect, it } from 'vitest';
import { mapWithConcurrency } from './concurrency';

/** Tasks that finish only when released, counting how many run at once. */
function gatedTasks() {
  let running = 0;
  let peak = 0;
  const waiting: (() => void)[] = [];
  const task = async (item: number) => {
    running += 1;
    peak = Math.max(peak, running);
    await new Promise<void>((resolve) => waiting.push(resolve));
    running -= 1;
    return item * 10;
  };
  const releaseOne = async () => {
    waiting.shift()?.();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { task, releaseOne, running: () => running, peak: () => peak };
}

describe('mapWithConcurrency', () => {
  it('never has more than `limit` tasks in flight, and starts the next as one finishes', async () => {
    const gated = gatedTasks();
    const all = mapWithConcurrency([1, 2, 3, 4, 5, 6, 7], 3, gated.task);
    await new Promise((resolve) => setImmediate(resolve));
    expect(gated.running()).toBe(3);
    for (let i = 0; i < 7; i += 1) {
      await gated.releaseOne();
      expect(gated.running()).toBe(Math.min(3, 6 - i));
    }
    expect(await all).toEqual([10, 20, 30, 40, 50, 60, 70]);
    expect(gated.peak()).toBe(3);
  });

  it('keeps the input order when tasks finish out of order', async () => {
    const finished: number[] = [];
    const results = await mapWithConcurrency([3, 0, 2, 1], 4, async (ticks, index) => {
      for (let i = 0; i < ticks; i += 1) await Promise.resolve();
      finished.push(index);
      return index;
    });
    expect(finished).toEqual([1, 3, 2, 0]);
    expect(results).toEqual([0, 1, 2, 3]);
    expect(await mapWithConcurrency([], 4, async () => 1)).toEqual([]);
  });

  it('runs one at a time at a limit below 1 instead of refusing or running all', async () => {
    const gated = gatedTasks();
    const all = mapWithConcurrency([1, 2], 0, gated.task);
    await new Promise((resolve) => setImmediate(resolve));
    expect(gated.running()).toBe(1);
    await gated.releaseOne();
    await gated.releaseOne();
    expect(await all).toEqual([10, 20]);
    expect(gated.peak()).toBe(1);
  });
});
