import { describe, expect, it } from 'vitest';
import { normaliseItem } from './normalise-item';

const now = new Date('2025-06-10T12:00:00Z');
const context = { source: 'Desk', baseUrl: 'https://desk.example.com/feed.xml', now };

describe('normaliseItem', () => {
  it('cleans an item into plain text with a safe link, ids and a hash', () => {
    const result = normaliseItem({
      title: '<b>Bitcoin</b> &amp; gold', link: '/markets/btc?utm_source=rss', html: '<p>Rally<script>x()</script></p>', date: '2025-06-10T08:00:00Z',
    }, context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.candidate).toMatchObject({
      title: 'Bitcoin & gold', url: 'https://desk.example.com/markets/btc?utm_source=rss', canonicalUrl: 'https://desk.example.com/markets/btc',
      source: 'Desk', publishedAt: '2025-06-10T08:00:00.000Z', text: 'Rally',
    });
    expect(result.candidate.id).toMatch(/^[0-9a-f]{16}$/);
    expect(result.candidate.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('skips items without a title or link, naming the reason', () => {
    expect(normaliseItem({ link: 'https://x.example.com/1' }, context)).toEqual({ ok: false, reason: 'item has no title' });
    expect(normaliseItem({ title: '<script>only()</script>', link: 'https://x.example.com/1' }, context)).toEqual({ ok: false, reason: 'item has no title' });
    expect(normaliseItem({ title: 'No link' }, context)).toEqual({ ok: false, reason: '"No link": item has no link' });
  });

  it('skips javascript: and other non-http links', () => {
    const result = normaliseItem({ title: 'Click', link: 'javascript:alert(1)' }, context);
    expect(result).toEqual({ ok: false, reason: '"Click": link is not an http(s) URL' });
  });

  it('keeps the byline as plain text and the picture only as an absolute http(s) URL', () => {
    const item = { title: 'T', link: 'https://x.example.com/a' };
    const pick = (extra: { author?: string; imageUrl?: string }) => {
      const result = normaliseItem({ ...item, ...extra }, context);
      return result.ok ? [result.candidate.author, result.candidate.imageUrl] : result.reason;
    };
    expect(pick({ author: '<b>Ana</b> &amp; <script>x()</script>Bo', imageUrl: '/img/a.jpg?w=1&h=2' }))
      .toEqual(['Ana & Bo', 'https://desk.example.com/img/a.jpg?w=1&h=2']);
    for (const imageUrl of ['javascript:alert(1)', 'data:image/png;base64,AAAA', 'https://user:pw@cdn.example.com/a.jpg', 'file:///etc/passwd']) {
      expect(pick({ imageUrl })).toEqual([null, null]);
    }
    expect(pick({ author: '<script>only()</script>' })).toEqual([null, null]);
    expect(pick({})).toEqual([null, null]);
  });

  it('uses the ingest time for missing, invalid or far-future dates', () => {
    for (const date of [undefined, 'yesterday-ish', '2099-01-01T00:00:00Z']) {
      const result = normaliseItem({ title: 'T', link: 'https://x.example.com/a', date }, context);
      expect(result.ok && result.candidate.publishedAt).toBe(now.toISOString());
    }
  });

  it('falls back to the title as text and prefers an item-level source', () => {
    const result = normaliseItem({ title: 'Only a title', link: 'https://x.example.com/a', source: '<i>Wire</i>' }, context);
    expect(result.ok && result.candidate.text).toBe('Only a title');
    expect(result.ok && result.candidate.source).toBe('Wire');
  });

  it('truncates a huge body', () => {
    const result = normaliseItem({ title: 'Huge', link: 'https://x.example.com/h', html: `<p>${'lorem ipsum '.repeat(500_000)}</p>` }, context);
    expect(result.ok && result.candidate.text.length).toBeLessThanOrEqual(20_000);
  });
});
