import { describe, expect, it } from 'vitest';
import { articleId, contentHash } from './content-hash';

describe('contentHash', () => {
  it('is a sha256 hex digest', () => {
    expect(contentHash('Title', 'Text')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores case, spacing and typographic quotes', () => {
    expect(contentHash('Bitcoin  Rallies', 'It\u2019s  up\n10%')).toBe(contentHash('bitcoin rallies', "it's up 10%"));
  });

  it('differs when the story differs', () => {
    expect(contentHash('Bitcoin rallies', 'up 10%')).not.toBe(contentHash('Bitcoin rallies', 'up 11%'));
    expect(contentHash('A', 'B C')).not.toBe(contentHash('A B', 'C'));
  });
});

describe('articleId', () => {
  it('is short, URL-safe and stable', () => {
    expect(articleId('https://example.com/a')).toMatch(/^[0-9a-f]{16}$/);
    expect(articleId('https://example.com/a')).toBe(articleId('https://example.com/a'));
    expect(articleId('https://example.com/a')).not.toBe(articleId('https://example.com/b'));
  });
});
