import { describe, expect, it } from 'vitest';
import { HELDOUT_FILE, measure, readPhrasings, splitOf, TUNE_FILE } from './real-phrasings';

const tune = readPhrasings(TUNE_FILE);
// Measured once by the bench after tuning on `tune` only, the held-out misses never read: 39/41.
const HELDOUT_FLOOR = 39 / 41;

describe('real phrasings from other crypto agents', () => {
  it('holds at least 100 distinct requests, each in the split its hash gives', () => {
    const heldout = readPhrasings(HELDOUT_FILE);
    const texts = [...tune, ...heldout].map((p) => p.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.length).toBeGreaterThanOrEqual(100);
    expect(tune.every((p) => splitOf(p.text) === 'tune')).toBe(true);
    expect(heldout.every((p) => splitOf(p.text) === 'heldout')).toBe(true);
  });

  it.each(tune)('parses "$text" exactly as written by hand', ({ text }) => {
    const { misses } = measure(tune.filter((p) => p.text === text));
    expect(misses).toEqual([]);
  });

  it('keeps the held-out accuracy at or above the figure measured once', () => {
    const { exact, total } = measure(readPhrasings(HELDOUT_FILE));
    expect(exact / total).toBeGreaterThanOrEqual(HELDOUT_FLOOR);
  });
});

describe('splitOf', () => {
  it('is FNV-1a of the UTF-8 bytes mod 10: 0-6 tune, 7-9 held out', () => {
    expect(splitOf('a')).toBe('tune'); // 0xe40c292c, bucket 0
    expect(splitOf('y')).toBe('tune'); // bucket 6
    expect(splitOf('t')).toBe('heldout'); // 0xf10c3da3, bucket 7
    expect(splitOf('u')).toBe('heldout'); // bucket 8
  });
});
