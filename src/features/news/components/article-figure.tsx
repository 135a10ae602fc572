import { useState } from 'react';
import { proxiedImageUrl } from '@/domain/proxied-image-url';

interface ArticleFigureProps {
  imageUrl: string | null | undefined;
  source: string;
}

/**
 * The feed's picture, through our image proxy (the page may load images only from its own origin),
 * credited to the source. The box has a fixed aspect ratio, so the text below never jumps when the
 * picture arrives; an article without a picture, or whose picture fails, has no box at all.
 */
export function ArticleFigure({ imageUrl, source }: ArticleFigureProps) {
  const [failed, setFailed] = useState<string | null>(null);
  const src = proxiedImageUrl(imageUrl);
  if (!src || failed === src) return null;
  return (
    <figure className="article-figure">
      {/* Decorative beside the title it illustrates; the caption credits it. */}
      <img className="article-image" src={src} alt="" width={1200} height={675} decoding="async" onError={() => setFailed(src)} />
      <figcaption className="article-image-credit">Image via {source}</figcaption>
    </figure>
  );
}
