import type { Article } from '@/domain/article';
import { formatAge } from '../lib/format-age';
import { isPlainClick } from '../lib/is-plain-click';
import { withArticleId } from '../lib/news-filters';
import { ImportanceBadge, SentimentChip } from './article-badges';

interface ArticleRelatedProps {
  related: Article[];
  now: number;
  search: string;
  onOpenArticle: (id: string) => void;
}

export function ArticleRelated({ related, now, search, onOpenArticle }: ArticleRelatedProps) {
  if (related.length === 0) return <p className="article-muted">No related articles yet.</p>;
  return (
    <ul className="article-related">
      {related.map((article) => (
        <li key={article.id}>
          <a
            href={withArticleId(search, article.id)}
            onClick={(event) => {
              if (!isPlainClick(event)) return;
              event.preventDefault();
              onOpenArticle(article.id);
            }}
          >
            <ImportanceBadge importance={article.importance} />
            <span className="article-related-title">{article.title}</span>
          </a>
          <span className="article-related-meta">
            <SentimentChip sentiment={article.sentiment} /> {article.source} · {formatAge(article.publishedAt, now)}
          </span>
        </li>
      ))}
    </ul>
  );
}
