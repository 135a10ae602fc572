import { describe, expect, it } from 'vitest';
import { closest, editDistance } from './fuzzy';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps once', () => {
    expect(editDistance('arbitrum', 'arbitrum')).toBe(0);
    expect(editDistance('arbitum', 'arbitrum')).toBe(1);
    expect(editDistance('optimsim', 'optimism')).toBe(1);
    expect(editDistance('polgon', 'polygon')).toBe(1);
    expect(editDistance('abc', 'xyz')).toBe(3);
    expect(editDistance('a', 'abcdef')).toBe(3);
  });
});

describe('closest', () => {
  it('returns the only candidate within one edit', () => {
    expect(closest('avalance', ['avalanche', 'arbitrum'])).toBe('avalanche');
  });

  it('refuses when none or several are that close', () => {
    expect(closest('weather', ['ethereum', 'arbitrum'])).toBeUndefined();
    expect(closest('abcd', ['abce', 'abcf'])).toBeUndefined();
  });
});
