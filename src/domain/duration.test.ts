import { describe, expect, it } from 'vitest';
import { formatDuration } from './duration';

describe('formatDuration', () => {
  it('keeps seconds below a minute and a half, so 75 s is not rounded to "1 min"', () => {
    expect(formatDuration(0.3)).toBe('about 1 s');
    expect(formatDuration(45)).toBe('about 45 s');
    expect(formatDuration(75)).toBe('about 75 s');
    expect(formatDuration(89)).toBe('about 89 s');
  });
  it('uses minutes from 90 s to 90 min, then hours to a tenth', () => {
    expect(formatDuration(90)).toBe('about 2 min');
    expect(formatDuration(190)).toBe('about 3 min');
    expect(formatDuration(89 * 60)).toBe('about 89 min');
    expect(formatDuration(5400)).toBe('about 1.5 h');
    expect(formatDuration(7200)).toBe('about 2 h');
  });
  it('says "unknown" when there is no estimate', () => {
    expect(formatDuration(0)).toBe('unknown');
    expect(formatDuration(-5)).toBe('unknown');
    expect(formatDuration(Number.NaN)).toBe('unknown');
    expect(formatDuration(Number.POSITIVE_INFINITY)).toBe('unknown');
  });
});
