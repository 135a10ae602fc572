import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptsGzip, EncodedBody } from './encoded-body';

describe('EncodedBody', () => {
  it('keeps the UTF-8 bytes and a gzip form that decodes back to them, made once', () => {
    const json = JSON.stringify({ articles: Array.from({ length: 50 }, (_, i) => ({ id: i, title: 'Société Générale €' })) });
    const body = EncodedBody.fromJson(json);
    expect(new TextDecoder().decode(body.raw)).toBe(json);
    const gzip = body.gzip();
    expect(gzip).toBeDefined();
    expect(gunzipSync(gzip!).toString('utf8')).toBe(json);
    expect(gzip!.byteLength).toBeLessThan(body.raw.byteLength);
    expect(body.gzip()).toBe(gzip);
  });

  it('does not gzip tiny bodies', () => {
    expect(EncodedBody.fromJson('{"ok":true}').gzip()).toBeUndefined();
    expect(EncodedBody.fromJson('').empty).toBe(true);
  });
});

describe('acceptsGzip', () => {
  it.each([
    ['gzip, deflate, br', true], ['br;q=1.0, gzip;q=0.8', true], ['*', true], ['GZIP', true],
    ['gzip;q=0', false], ['identity', false], ['br', false], [undefined, false], ['', false],
  ])('%j -> %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});
