import { afterEach, describe, expect, it, vi } from 'vitest';
import { newsPageSchema } from '@/domain/article';
import { requestJson } from './request-json';

const answer = (body: unknown, status = 200) => vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(body), { status })));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('requestJson', () => {
  it('returns the validated body', async () => {
    answer({ articles: [], nextCursor: null, extra: true });
    await expect(requestJson('/api/news', newsPageSchema)).resolves.toEqual({ articles: [], nextCursor: null });
  });

  it('names the first field that does not fit, or the body itself', async () => {
    answer({ articles: [{ id: '' }], nextCursor: null });
    await expect(requestJson('/api/news', newsPageSchema)).rejects.toThrow(/^The server sent news in an unexpected shape \(articles\.0\.\w+: .+\)\.$/);
    answer('<html>');
    await expect(requestJson('/api/news', newsPageSchema)).rejects.toMatchObject({
      status: 200, message: expect.stringMatching(/^The server sent news in an unexpected shape \(body: Invalid type: Expected Object but received "<html>"\)\.$/),
    });
  });

  it("uses the server's error text for a failed call", async () => {
    answer({ error: 'bad token' }, 400);
    await expect(requestJson('/api/news', newsPageSchema)).rejects.toMatchObject({ status: 400, message: 'bad token' });
  });
});
