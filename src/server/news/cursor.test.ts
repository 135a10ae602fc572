import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor';

describe('page cursor', () => {
  it('round-trips and is URL-safe', () => {
    const cursor = { publishedAt: '2025-06-10T08:00:00.000Z', id: '0123456789abcdef' };
    const text = encodeCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(text)).toEqual(cursor);
  });

  it.each([
    'not a cursor!', '', 'x'.repeat(500),
    Buffer.from('not json').toString('base64url'),
    Buffer.from(JSON.stringify({ t: 'yesterday', i: 'abc' })).toString('base64url'),
    Buffer.from(JSON.stringify({ t: '2025-06-10T08:00:00Z', i: "x' OR 1=1 --" })).toString('base64url'),
  ])('rejects %j', (text) => {
    expect(decodeCursor(text)).toBeNull();
  });
});
