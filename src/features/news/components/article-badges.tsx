import type { Article, Sentiment } from '@/domain/article';
import { importanceBand, sentimentIcon, sentimentLabel } from '../lib/article-text';

/** Importance 1-10; the band sets the colour, the number and the hidden words carry the meaning. */
export function ImportanceBadge({ importance }: { importance: number }) {
  const band = importanceBand(importance);
  return (
    <span className={`importance importance-${band}`} title={`Importance ${importance} of 10 (${band})`}>
      <span className="sr-only">Importance </span>
      {importance}
      <span className="sr-only"> of 10</span>
    </span>
  );
}

export function SentimentChip({ sentiment }: { sentiment: Sentiment }) {
  return (
    <span className={`sentiment sentiment-${sentiment}`}>
      <span aria-hidden="true">{sentimentIcon(sentiment)}</span> {sentimentLabel(sentiment)}
    </span>
  );
}

export function SampleMarker() {
  return (
    <span className="sample-marker" title="Sample article written for this project, not real news">
      Sample
    </span>
  );
}

export function CategoryTag({ category }: { category: Article['category'] }) {
  return <span className="category-tag">{category === 'layer2' ? 'L2' : category}</span>;
}
