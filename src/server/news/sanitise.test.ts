import { describe, expect, it } from 'vitest';
import { htmlToLine, htmlToText, MAX_HTML_CHARS } from './sanitise';

const NO_TAG = /<[a-zA-Z!/?]/;

describe('htmlToText', () => {
  it('drops script and style elements with their contents', () => {
    const text = htmlToText('<p>Hello</p><script>alert("x")</script><style>body{color:red}</style><p>world</p>');
    expect(text).toBe('Hello\n\nworld');
  });

  it('keeps no attribute handlers such as onerror', () => {
    const text = htmlToText('<p>Price <img src=x onerror="alert(1)"> rose <a href="javascript:alert(2)" onclick="x()">here</a></p>');
    expect(text).toBe('Price rose here');
    expect(text).not.toMatch(/onerror|onclick|javascript/);
  });

  it('drops SVG and iframes including their inner text', () => {
    const text = htmlToText('Before<svg onload="alert(1)"><script>x()</script><text>svg words</text></svg><iframe src="https://evil.test">frame words</iframe>After');
    expect(text).toBe('BeforeAfter');
  });

  it('decodes entities and never lets entity-encoded markup become a tag', () => {
    const text = htmlToText('<p>Tom &amp; Jerry &quot;quoted&quot; &lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;bold&lt;/b&gt;</p>');
    expect(text).not.toMatch(NO_TAG);
    expect(text).toContain('Tom & Jerry "quoted"');
    expect(text).toContain('bold');
  });

  it('keeps comparisons written in text', () => {
    expect(htmlToText('BTC &lt; 100k and ETH &gt; 3k')).toBe('BTC < 100k and ETH > 3k');
    expect(htmlToText('<p>Earnings: revenue&lt;cost, so AT&amp;T fell; fans &lt;3 it</p>')).toBe('Earnings: revenue<cost, so AT&T fell; fans <3 it');
  });

  it('keeps a "<" that opens no markup, as in text a feed sends unescaped', () => {
    for (const text of ['a<b', 'x < y and y > z', 'AT&T', '<3', 'I <3 BTC', 'if a<b then c', '1<2', 'price <$5', 'a <= b']) {
      expect(htmlToText(text), text).toBe(text);
      expect(htmlToLine(text), text).toBe(text);
    }
    expect(htmlToText('a<b <script>evil()</script> and <b>c</b>')).toBe('a<b and c');
  });

  it('still removes markup around such text: tags, end tags, comments, cut-off tags with attributes', () => {
    expect(htmlToText('<scr<script>x()</script>ipt>alert(1)</script>')).toBe('');
    expect(htmlToText('Read <a href="https://x.test">more</a')).toBe('Read more');
    expect(htmlToText('Wow <img src=x onerror=alert(1)//')).toBe('Wow');
    expect(htmlToText('Wow &lt;img src=x onerror=alert(1)')).toBe('Wow');
    expect(htmlToText('x <!-- hidden --> y <![CDATA[ z ]]>')).toBe('x y');
  });

  it('separates block elements and collapses whitespace', () => {
    expect(htmlToText('<h1>Title</h1>\n\n\n<p>One   two</p><ul><li>a</li><li>b</li></ul>')).toBe('Title\n\nOne two\n\na\n\nb');
  });

  it('removes control characters', () => {
    expect(htmlToText('a\u0000b\u0007c')).toBe('abc');
  });

  it('truncates long text with an ellipsis', () => {
    const text = htmlToText(`<p>${'word '.repeat(1000)}</p>`, 100);
    expect(text.length).toBeLessThanOrEqual(100);
    expect(text.endsWith('…')).toBe(true);
  });

  it('bounds the work on a huge item', () => {
    const huge = `<p>${'x'.repeat(5 * 1024 * 1024)}</p>`;
    const text = htmlToText(huge);
    expect(text.length).toBeLessThanOrEqual(20_000);
    expect(huge.length).toBeGreaterThan(MAX_HTML_CHARS);
  });
});

describe('htmlToLine', () => {
  it('gives one line of text', () => {
    expect(htmlToLine('<b>Bitcoin</b>\n<i>rallies</i> <script>x</script>')).toBe('Bitcoin rallies');
  });
});
