import { describe, expect, it } from 'vitest';
import { proxiedImageUrl } from './proxied-image-url';

describe('proxiedImageUrl', () => {
  it('points an http(s) logo at our image proxy, the URL encoded whole', () => {
    expect(proxiedImageUrl('https://assets.coingecko.com/coins/images/6319/thumb/usdc.png?1696506694&x=1#y'))
      .toBe('/api/image?url=https%3A%2F%2Fassets.coingecko.com%2Fcoins%2Fimages%2F6319%2Fthumb%2Fusdc.png%3F1696506694%26x%3D1%23y');
    expect(proxiedImageUrl('http://127.0.0.1:4010/logos/fake.svg')).toBe('/api/image?url=http%3A%2F%2F127.0.0.1%3A4010%2Flogos%2Ffake.svg');
  });

  it('gives null for no logo, other schemes, relative paths, credentials and absurd length', () => {
    for (const raw of [null, undefined, '', '/favicon.svg', 'javascript:alert(1)', 'data:image/png;base64,AAAA', 'https://u:p@example.org/a.png', `https://example.org/${'a'.repeat(2048)}`]) {
      expect(proxiedImageUrl(raw), String(raw)).toBeNull();
    }
  });
});
