import { describe, expect, it } from 'vitest';
import { readCapped } from './read-capped';

function streamOf(...chunks: number[]): { stream: ReadableStream<Uint8Array>; cancelled: () => boolean } {
  let cancelled = false;
  let i = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(new Uint8Array(chunks[i++]!).fill(7));
      else controller.close();
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, cancelled: () => cancelled };
}

describe('readCapped', () => {
  it('returns every byte up to and including the cap', async () => {
    const { stream } = streamOf(3, 4, 3);
    expect((await readCapped(stream, 10, () => new Error('too large'))).byteLength).toBe(10);
  });

  it('throws the caller\'s error one byte past the cap and cancels the stream', async () => {
    const { stream, cancelled } = streamOf(6, 5, 100);
    await expect(readCapped(stream, 10, () => new Error('larger than 10 bytes'))).rejects.toThrow('larger than 10 bytes');
    expect(cancelled()).toBe(true);
  });
});
