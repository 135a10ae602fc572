import { describe, expect, it } from 'vitest';
import { allowedImageOrigins, articleImageOrigin, imageQuerySchema, isAllowedImageUrl, originOfHostEntry } from './image-hosts';

describe('originOfHostEntry', () => {
  it('reads a bare host as https and a full origin as written', () => {
    expect(originOfHostEntry('images.example.org')).toBe('https://images.example.org');
    expect(originOfHostEntry(' http://127.0.0.1:4010 ')).toBe('http://127.0.0.1:4010');
    expect(originOfHostEntry('https://cdn.example.org/')).toBe('https://cdn.example.org');
  });

  it('refuses paths, credentials, other schemes and empty entries', () => {
    for (const entry of ['', 'https://cdn.example.org/logos', 'https://u:p@cdn.example.org', 'ftp://cdn.example.org', 'javascript://x', 'https://cdn.example.org?x=1']) {
      expect(originOfHostEntry(entry), entry).toBeNull();
    }
  });
});

describe('isAllowedImageUrl', () => {
  const origins = allowedImageOrigins(['http://127.0.0.1:4010']);

  it('allows the logo hosts LI.FI uses, over https only', () => {
    expect(isAllowedImageUrl('https://raw.githubusercontent.com/lifinance/types/main/src/assets/icons/bridges/stargate.png', origins)).toBe(true);
    expect(isAllowedImageUrl('https://assets.coingecko.com/coins/images/6319/thumb/usdc.png?1696506694', origins)).toBe(true);
    expect(isAllowedImageUrl('https://static.debank.com/image/token/logo.png', origins)).toBe(true);
    expect(isAllowedImageUrl('http://raw.githubusercontent.com/a.png', origins)).toBe(false);
  });

  it('matches the whole origin: no look-alike hosts, subdomains or other ports', () => {
    for (const url of [
      'https://raw.githubusercontent.com.evil.example/a.png', 'https://evil.raw.githubusercontent.com/a.png',
      'https://raw.githubusercontent.com:8443/a.png', 'https://evil.example/https://raw.githubusercontent.com/a.png',
      'http://127.0.0.1:4011/a.png', 'https://127.0.0.1:4010/a.png', 'not a url',
    ]) {
      expect(isAllowedImageUrl(url, origins), url).toBe(false);
    }
    expect(isAllowedImageUrl('http://127.0.0.1:4010/logos/a.svg', origins)).toBe(true);
  });

  it('allows nothing extra when no hosts are configured', () => {
    expect(isAllowedImageUrl('http://127.0.0.1:4010/a.png', allowedImageOrigins())).toBe(false);
  });
});

describe('imageQuerySchema', () => {
  it('accepts an absolute http(s) URL', () => {
    expect(imageQuerySchema.parse({ url: 'https://assets.coingecko.com/a.png' }).url).toBe('https://assets.coingecko.com/a.png');
  });

  it('names url for a missing, relative, non-http, credentialled or overlong value', () => {
    for (const url of [undefined, '/api/news', 'data:image/png;base64,AAAA', 'javascript:alert(1)', 'https://u:p@assets.coingecko.com/a.png', `https://assets.coingecko.com/${'a'.repeat(2048)}`]) {
      const parsed = imageQuerySchema.safeParse({ url });
      expect(parsed.success, String(url)).toBe(false);
      expect(parsed.error?.issues[0]?.path).toEqual(['url']);
    }
  });
});

describe('articleImageOrigin', () => {
  it('takes an https picture host of a stored article as its origin', () => {
    expect(articleImageOrigin('https://images.cointelegraph.com')).toBe('https://images.cointelegraph.com');
    expect(articleImageOrigin('https://CDN.Decrypt.co')).toBe('https://cdn.decrypt.co');
  });

  it('refuses what would reach the server\'s own network or skip TLS', () => {
    for (const prefix of [
      'http://images.example.com', 'https://127.0.0.1', 'https://10.0.0.8', 'https://[::1]', 'https://localhost',
      'https://intranet', 'https://printer.local', 'https://db.internal', 'https://cdn.example.com:8443',
      'https://u:p@cdn.example.com', 'ftp://cdn.example.com', 'not a url',
    ]) {
      expect(articleImageOrigin(prefix), prefix).toBeNull();
    }
  });
});
