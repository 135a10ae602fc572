import { describe, expect, it } from 'vitest';
import { watchIdle } from './watch-idle';

describe('watchIdle', () => {
  it('calls onIdle when the source stalls (here the call ends the source) and passes items through', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    async function* stalls() {
      yield 1;
      yield 2;
      await released; // a stalled stream: nothing more until someone gives up on it
    }
    let idled = 0;
    const seen: number[] = [];
    for await (const item of watchIdle(stalls(), 5, () => ((idled += 1), release()))) seen.push(item);
    expect(seen).toEqual([1, 2]);
    expect(idled).toBe(1);
  });

  it('never fires for a source that finishes', async () => {
    let idled = false;
    async function* quick() {
      yield 'a';
    }
    const seen: string[] = [];
    for await (const item of watchIdle(quick(), 60_000, () => (idled = true))) seen.push(item);
    expect(seen).toEqual(['a']);
    expect(idled).toBe(false);
  });
});
