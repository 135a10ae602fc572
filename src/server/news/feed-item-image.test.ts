import { describe, expect, it } from 'vitest';
import { firstHtmlImage, pickImage } from './feed-item-image';

describe('pickImage', () => {
  it('prefers a picture media:content over thumbnails, enclosures and body images', () => {
    expect(pickImage({
      media: { contents: [{ url: 'https://cdn/v.mp4', medium: 'video' }, { url: 'https://cdn/a.jpg', medium: 'image' }], thumbnails: [{ url: 'https://cdn/t.jpg' }] },
      enclosures: [{ url: 'https://cdn/e.jpg', type: 'image/jpeg' }],
      html: ['<img src="https://cdn/body.jpg">'],
    })).toBe('https://cdn/a.jpg');
  });

  it('takes media:content by type when no medium is named, and skips other types', () => {
    expect(pickImage({ media: { contents: [{ url: 'https://cdn/a.mp3', type: 'audio/mpeg' }, { url: 'https://cdn/b.png', type: 'image/*' }] } })).toBe('https://cdn/b.png');
    expect(pickImage({ media: { contents: [{ url: 'https://cdn/plain.jpg' }] } })).toBe('https://cdn/plain.jpg');
  });

  it('falls back to media:group, then thumbnails', () => {
    expect(pickImage({ media: { groups: [{ contents: [{ url: 'https://cdn/g.jpg' }] }] } })).toBe('https://cdn/g.jpg');
    expect(pickImage({ media: { contents: [{ url: 'https://cdn/v.mp4', medium: 'video', thumbnails: [{ url: 'https://cdn/vt.jpg' }] }] } })).toBe('https://cdn/vt.jpg');
  });

  it('uses an image enclosure or Atom enclosure link, never an audio one', () => {
    expect(pickImage({ enclosures: [{ url: 'https://cdn/p.mp3', type: 'audio/mpeg' }, { url: 'http://cdn/e.jpg', type: 'image/jpg' }] })).toBe('http://cdn/e.jpg');
    expect(pickImage({ links: [{ href: 'https://x/a', rel: 'alternate' }, { href: 'https://x/i.png', rel: 'enclosure', type: 'image/png' }] })).toBe('https://x/i.png');
    expect(pickImage({ enclosures: [{ url: 'https://cdn/p.mp3', type: 'audio/mpeg' }] })).toBeUndefined();
  });

  it('tolerates whatever a lenient parser hands over', () => {
    expect(pickImage({ media: { contents: 'nope', thumbnails: [null, 3, { url: 7 }] }, enclosures: {}, links: [undefined], html: [undefined] })).toBeUndefined();
  });
});

describe('firstHtmlImage', () => {
  it('returns the first src, decoding entities, with any quoting', () => {
    expect(firstHtmlImage('<p>x</p><IMG alt="" SRC="https://a/b.jpg?w=1&amp;h=2"><img src="https://a/c.jpg">')).toBe('https://a/b.jpg?w=1&h=2');
    expect(firstHtmlImage("<img src='https://a/q.jpg'>")).toBe('https://a/q.jpg');
    expect(firstHtmlImage('<img class=x src=https://a/u.jpg>')).toBe('https://a/u.jpg');
  });

  it('skips 1x1 tracking pixels and images without a src', () => {
    expect(firstHtmlImage('<img src="https://t/stat" width="1" height="1"><img data-src="x"><img src="https://a/real.jpg" width="720">')).toBe('https://a/real.jpg');
  });

  it('finds nothing in text without an image', () => {
    expect(firstHtmlImage('a < b and <imgur> is a site')).toBeUndefined();
    expect(firstHtmlImage(undefined)).toBeUndefined();
  });
});
