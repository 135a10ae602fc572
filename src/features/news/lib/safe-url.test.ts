import { describe, expect, it } from 'vitest';
import { displayHost, safeExternalUrl } from './safe-url';

describe('safeExternalUrl', () => {
  it('keeps http and https links', () => {
    expect(safeExternalUrl('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(safeExternalUrl('http://example.com')).toBe('http://example.com/');
  });

  it('drops script, data and relative links', () => {
    expect(safeExternalUrl('javascript:alert(1)')).toBeNull();
    expect(safeExternalUrl('JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeExternalUrl('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeExternalUrl('/relative/path')).toBeNull();
    expect(safeExternalUrl('')).toBeNull();
  });
});

describe('displayHost', () => {
  it('strips www.', () => {
    expect(displayHost('https://www.example.com/x')).toBe('example.com');
    expect(displayHost('https://news.example.org/x')).toBe('news.example.org');
  });
});
