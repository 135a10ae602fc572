import { describe, expect, it } from 'vitest';
import { describeZodError } from '../http-errors';
import { encodeCursor } from './cursor';
import { listParamsSchema, toListQuery } from './list-params';

function parse(query: Record<string, string>) {
  const result = listParamsSchema.safeParse(query);
  return result.success ? { query: toListQuery(result.data) } : { error: describeZodError(result.error) };
}

describe('GET /api/news parameters', () => {
  it('defaults to the 20 newest with no filters', () => {
    expect(parse({})).toEqual({ query: { limit: 20 } });
  });

  it('parses every filter', () => {
    const cursor = encodeCursor({ publishedAt: '2025-06-10T08:00:00.000Z', id: 'abc' });
    expect(parse({ limit: '5', cursor, minImportance: '7', sentiment: 'bearish', token: 'eth', q: ' hack ' })).toEqual({
      query: { limit: 5, cursor: { publishedAt: '2025-06-10T08:00:00.000Z', id: 'abc' }, minImportance: 7, sentiment: 'bearish', token: 'ETH', q: 'hack' },
    });
  });

  it('treats empty values as absent and ignores unknown parameters', () => {
    expect(parse({ q: '', sentiment: '', token: ' ', _: '123' })).toEqual({ query: { limit: 20 } });
  });

  it.each([
    ['limit', { limit: '0' }], ['limit', { limit: '101' }], ['limit', { limit: 'ten' }], ['limit', { limit: '2.5' }],
    ['minImportance', { minImportance: '0' }], ['minImportance', { minImportance: '11' }], ['minImportance', { minImportance: 'high' }],
    ['sentiment', { sentiment: 'happy' }], ['token', { token: 'ETH; DROP TABLE' }], ['token', { token: 'X'.repeat(30) }],
    ['cursor', { cursor: 'garbage' }], ['q', { q: 'x'.repeat(201) }],
  ])('rejects a bad %s, naming it', (name, query) => {
    const result = parse(query);
    expect(result.error).toContain(`"${name}"`);
  });
});
