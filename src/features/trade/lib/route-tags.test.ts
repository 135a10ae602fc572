import { describe, expect, it } from 'vitest';
import { routeDurationSeconds, tagRoutes } from './route-tags';

const route = (id: string, toAmount: string, ...durations: number[]) => ({ id, toAmount, steps: durations.map((executionDuration) => ({ estimate: { executionDuration } })) });

describe('tagRoutes', () => {
  it('tags the highest return and the shortest duration', () => {
    const tags = tagRoutes([route('a', '1000', 90), route('b', '998', 30), route('c', '999', 20, 40)]);
    expect(tags.get('a')).toEqual(['best-return']);
    expect(tags.get('b')).toEqual(['fastest']);
    expect(tags.get('c')).toEqual([]);
  });
  it('gives both tags to a single route, and compares amounts as bigints', () => {
    expect(tagRoutes([route('only', '5', 10)]).get('only')).toEqual(['best-return', 'fastest']);
    const big = tagRoutes([route('x', '100000000000000000000001', 10), route('y', '100000000000000000000000', 5)]);
    expect(big.get('x')).toEqual(['best-return']);
    expect(big.get('y')).toEqual(['fastest']);
  });
  it('keeps LI.FI order on ties and ignores malformed amounts', () => {
    const tags = tagRoutes([route('first', '10', 10), route('second', '10', 10), route('bad', 'NaN', 1)]);
    expect(tags.get('first')).toEqual(['best-return', 'fastest']);
    expect(tags.get('bad')).toEqual([]);
    expect(routeDurationSeconds(route('d', '1', 20, 40))).toBe(60);
  });
});
