// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/react';
import { ArticleFigure } from './article-figure';

afterEach(cleanup);

describe('ArticleFigure', () => {
  it('shows the feed picture through our image proxy, in a fixed-ratio box, credited to the source', () => {
    const { container } = render(<ArticleFigure imageUrl="https://images.cointelegraph.com/a b.jpg?w=1200" source="Cointelegraph" />);
    const img = container.querySelector('figure img')!;
    expect(img.getAttribute('src')).toBe(`/api/image?url=${encodeURIComponent('https://images.cointelegraph.com/a%20b.jpg?w=1200')}`);
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['1200', '675']);
    expect(img.getAttribute('alt')).toBe('');
    expect(container.querySelector('figcaption')?.textContent).toBe('Image via Cointelegraph');
  });

  it('reserves no box for an article without a picture, or with one that is not http(s)', () => {
    for (const imageUrl of [null, undefined, '', 'javascript:alert(1)', 'data:image/png;base64,AAAA']) {
      const { container } = render(<ArticleFigure imageUrl={imageUrl} source="Desk" />);
      expect(container.innerHTML, String(imageUrl)).toBe('');
      cleanup();
    }
  });

  it('takes the box away when the picture fails to load, and shows a new picture again', () => {
    const { container, rerender } = render(<ArticleFigure imageUrl="https://cdn.example.com/1.png" source="Desk" />);
    fireEvent.error(container.querySelector('img')!);
    expect(container.innerHTML).toBe('');
    rerender(<ArticleFigure imageUrl="https://cdn.example.com/2.png" source="Desk" />);
    expect(container.querySelector('figcaption')?.textContent).toBe('Image via Desk');
  });
});
