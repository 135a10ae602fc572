import { describe, expect, it } from 'vitest';
import { canonicalUrl } from './canonical-url';

describe('canonicalUrl', () => {
  it('strips tracking parameters and the fragment', () => {
    expect(canonicalUrl('https://example.com/story?utm_source=rss&utm_medium=feed&id=7&fbclid=abc#comments'))
      .toBe('https://example.com/story?id=7');
  });

  it('lowercases the scheme and host but not the path', () => {
    expect(canonicalUrl('HTTPS://News.Example.COM/Markets/BTC')).toBe('https://news.example.com/Markets/BTC');
  });

  it('removes trailing slashes and default ports', () => {
    expect(canonicalUrl('https://example.com:443/story/')).toBe('https://example.com/story');
    expect(canonicalUrl('https://example.com/')).toBe('https://example.com');
  });

  it('sorts the remaining parameters so order does not matter', () => {
    expect(canonicalUrl('https://example.com/s?b=2&a=1')).toBe(canonicalUrl('https://example.com/s?a=1&b=2&utm_campaign=x'));
  });

  it('makes the same story under two tracking URLs equal', () => {
    expect(canonicalUrl('https://example.com/a/?utm_source=x')).toBe(canonicalUrl('https://EXAMPLE.com/a#top'));
  });
});
