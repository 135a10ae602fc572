import { describe, expect, it } from 'vitest';
import { formatUpdatedAgo } from './updated-ago';

describe('formatUpdatedAgo', () => {
  const t0 = Date.parse('2025-01-01T00:00:00Z');
  it('counts seconds, minutes and hours', () => {
    expect(formatUpdatedAgo(t0, t0 + 2_000)).toBe('updated just now');
    expect(formatUpdatedAgo(t0, t0 + 12_900)).toBe('updated 12 s ago');
    expect(formatUpdatedAgo(t0, t0 + 3 * 60_000 + 5_000)).toBe('updated 3 min ago');
    expect(formatUpdatedAgo(t0, t0 + 2 * 3_600_000)).toBe('updated 2 h ago');
  });
  it('never reads as the future when clocks disagree', () => {
    expect(formatUpdatedAgo(t0 + 10_000, t0)).toBe('updated just now');
  });
});
