import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './safe-url';

describe('safeHttpUrl', () => {
  it('accepts http and https links', () => {
    expect(safeHttpUrl('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(safeHttpUrl('  http://example.com  ')).toBe('http://example.com/');
  });

  it.each([
    'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>x</script>',
    'vbscript:x', 'file:///etc/passwd', 'ftp://example.com/x', 'https://user:pw@example.com/', 'https://exa mple.com',
    'java\tscript:alert(1)', '', 'not a url',
  ])('rejects %j', (raw) => {
    expect(safeHttpUrl(raw)).toBeNull();
  });

  it('resolves relative links against an http base only', () => {
    expect(safeHttpUrl('/news/1', 'https://example.com/feed.xml')).toBe('https://example.com/news/1');
    expect(safeHttpUrl('/news/1', '/local/file.xml')).toBeNull();
  });

  it('rejects absurdly long links', () => {
    expect(safeHttpUrl(`https://example.com/${'a'.repeat(3000)}`)).toBeNull();
  });
});
