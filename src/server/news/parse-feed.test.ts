import { describe, expect, it } from 'vitest';
import { FeedParseError, MAX_ITEMS_PER_FEED, parseFeedText } from './parse-feed';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Chain &amp; Markets</title><link>https://rss.example.com/</link><description>d</description>
<item><title>ETH ETF inflows</title><link>https://rss.example.com/eth?utm_source=rss</link>
<description>Short</description><content:encoded><![CDATA[<p>Full <b>body</b></p>]]></content:encoded>
<pubDate>Tue, 10 Jun 2025 04:00:00 GMT</pubDate><source url="https://wire.example.com/rss">Wire</source></item>
<item><title>Guid only</title><guid isPermaLink="true">https://rss.example.com/guid</guid><dc:date>2025-06-09T10:00:00Z</dc:date></item>
<item><title>Opaque guid</title><guid isPermaLink="false">tag:1234</guid></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">Atom &lt;b&gt;Desk&lt;/b&gt;</title><id>urn:x</id>
<updated>2025-06-10T00:00:00Z</updated><link rel="alternate" href="https://atom.example.com/"/>
<entry><title>Arbitrum upgrade</title><id>urn:1</id><updated>2025-06-10T01:00:00Z</updated><published>2025-06-09T23:00:00Z</published>
<link rel="self" href="https://atom.example.com/self/1"/><link rel="alternate" href="https://atom.example.com/arb"/>
<summary>Summary text</summary><content type="html">&lt;p&gt;Content text&lt;/p&gt;</content></entry>
<entry><title>Summary only</title><id>urn:2</id><updated>2025-06-10T02:00:00Z</updated><link href="https://atom.example.com/2"/><summary>Only summary</summary></entry>
</feed>`;

const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://rdf.example.com/"><title>RDF Wire</title><link>https://rdf.example.com/</link><description>d</description></channel>
<item rdf:about="https://rdf.example.com/1"><title>Chainlink data feeds</title><link>https://rdf.example.com/1</link>
<description>LINK text</description><dc:date>2025-06-08T08:00:00Z</dc:date></item>
</rdf:RDF>`;

const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'JSON Desk',
  home_page_url: 'https://json.example.com/',
  items: [
    { id: '1', url: 'https://json.example.com/1', title: 'USDC supply', content_html: '<p>html</p>', date_published: '2025-06-07T07:00:00Z' },
    { id: '2', external_url: 'https://elsewhere.example.com/2', title: 'Plain', content_text: 'plain text', date_modified: '2025-06-06T06:00:00Z' },
    { id: '3', title: { nested: true }, url: { href: 'https://json.example.com/3' } },
  ],
});

describe('parseFeedText', () => {
  it('reads RSS 2.0: content:encoded over description, guid permalinks, dc:date, <source>', () => {
    const feed = parseFeedText(RSS);
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Chain & Markets');
    expect(feed.items[0]).toEqual({
      title: 'ETH ETF inflows', link: 'https://rss.example.com/eth?utm_source=rss', html: '<p>Full <b>body</b></p>',
      date: 'Tue, 10 Jun 2025 04:00:00 GMT', source: 'Wire',
    });
    expect(feed.items[1]).toMatchObject({ title: 'Guid only', link: 'https://rss.example.com/guid', date: '2025-06-09T10:00:00Z' });
    expect(feed.items[2]?.link).toBeUndefined();
  });

  it('reads Atom: the alternate link, content over summary, published over updated', () => {
    const feed = parseFeedText(ATOM);
    expect(feed.format).toBe('atom');
    expect(feed.link).toBe('https://atom.example.com/');
    expect(feed.items[0]).toMatchObject({ title: 'Arbitrum upgrade', link: 'https://atom.example.com/arb', html: '<p>Content text</p>', date: '2025-06-09T23:00:00Z' });
    expect(feed.items[1]).toMatchObject({ link: 'https://atom.example.com/2', html: 'Only summary', date: '2025-06-10T02:00:00Z' });
  });

  it('reads RDF (RSS 1.0) with dc:date', () => {
    const feed = parseFeedText(RDF);
    expect(feed.format).toBe('rdf');
    expect(feed.items).toEqual([{ title: 'Chainlink data feeds', link: 'https://rdf.example.com/1', html: 'LINK text', date: '2025-06-08T08:00:00Z', source: undefined }]);
  });

  it('reads JSON Feed and drops fields of the wrong type', () => {
    const feed = parseFeedText(JSON_FEED);
    expect(feed.format).toBe('json');
    expect(feed.items[0]).toMatchObject({ title: 'USDC supply', link: 'https://json.example.com/1', html: '<p>html</p>', date: '2025-06-07T07:00:00Z' });
    expect(feed.items[1]).toMatchObject({ link: 'https://elsewhere.example.com/2', html: 'plain text', date: '2025-06-06T06:00:00Z' });
    expect(feed.items[2]?.title).toBeUndefined();
    expect(feed.items[2]?.link).toBeUndefined();
  });

  it.each([
    ['broken XML', '<rss version="2.0"><channel><title>x</title><item><title>a</ti'],
    ['an HTML page', '<!doctype html><html><body>Not a feed</body></html>'],
    ['empty input', ''],
    ['JSON that is not a feed', '{"hello":"world"}'],
  ])('rejects %s with a FeedParseError', (_name, text) => {
    expect(() => parseFeedText(text)).toThrow(FeedParseError);
  });

  it('caps the number of items', () => {
    const items = Array.from({ length: MAX_ITEMS_PER_FEED + 50 }, (_, i) => `<item><title>t${i}</title><link>https://x.example.com/${i}</link></item>`);
    const feed = parseFeedText(`<rss version="2.0"><channel><title>big</title>${items.join('')}</channel></rss>`);
    expect(feed.items).toHaveLength(MAX_ITEMS_PER_FEED);
  });
});
