import type { PersonalArticle, TokenQuotes } from '@/domain/market/market-schemas';
import { formatAge, formatDateTime } from '../lib/format-age';
import { isPlainClick } from '../lib/is-plain-click';
import { withArticleId } from '../lib/news-filters';
import { CategoryTag, ImportanceBadge, SampleMarker, SentimentChip } from './article-badges';
import { ChipFacts, ExposureBadge } from './exposure-notes';

interface NewsCardProps {
  article: PersonalArticle;
  quotes?: TokenQuotes;
  /** The token prices are still on their way: the chips keep room for them. */
  quotesPending?: boolean;
  now: number;
  search: string;
  onOpen: (id: string) => void;
  onToken: (symbol: string) => void;
}

export function NewsCard({ article, quotes, quotesPending = false, now, search, onOpen, onToken }: NewsCardProps) {
  const titleId = `news-card-title-${article.id}`;
  return (
    <article className="news-card" aria-labelledby={titleId} data-article-id={article.id}>
      <div className="news-card-meta">
        <ImportanceBadge importance={article.importance} />
        <span className="news-card-source">{article.source}</span>
        <time dateTime={article.publishedAt} title={formatDateTime(article.publishedAt)}>
          {formatAge(article.publishedAt, now)}
        </time>
        {article.sample ? <SampleMarker /> : null}
        <ExposureBadge exposure={article.exposure} />
      </div>
      <h3 className="news-card-title" id={titleId}>
        <a
          className="news-card-link"
          href={withArticleId(search, article.id)}
          onClick={(event) => {
            if (!isPlainClick(event)) return;
            event.preventDefault();
            onOpen(article.id);
          }}
        >
          {article.title}
        </a>
      </h3>
      <p className="news-card-summary">{article.summary}</p>
      <div className="news-card-tags">
        <SentimentChip sentiment={article.sentiment} />
        <CategoryTag category={article.category} />
        {article.entities.tokens.slice(0, 6).map((token) => (
          <button
            key={token.symbol}
            type="button"
            className="token-chip"
            title={`Show only ${token.name} (${token.symbol}) news`}
            onClick={() => onToken(token.symbol)}
          >
            {token.symbol}
            <ChipFacts symbol={token.symbol} quotes={quotes} exposure={article.exposure} pending={quotesPending} />
          </button>
        ))}
      </div>
    </article>
  );
}
