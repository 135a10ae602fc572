import type { ArticleWithRelated } from '@/domain/article';
import type { Exposure } from '@/domain/market/market-schemas';
import { analyzerLabel, splitParagraphs } from '../lib/article-text';
import { formatAge, formatDateTime } from '../lib/format-age';
import { displayHost, safeExternalUrl } from '../lib/safe-url';
import { ActOnArticleButton } from './act-on-article-button';
import { CategoryTag, ImportanceBadge, SampleMarker, SentimentChip } from './article-badges';
import { ArticleEntities } from './article-entities';
import { ArticleFigure } from './article-figure';
import { ArticleRelated } from './article-related';
import { ExposureBanner } from './exposure-notes';

interface ArticleViewProps {
  article: ArticleWithRelated & { exposure?: Exposure };
  titleId: string;
  now: number;
  search: string;
  onOpenArticle: (id: string) => void;
  onActOnArticle?: (articleId: string) => void;
}

/** The full analysis of one article. Every string from the feed is rendered as React text, never as HTML. */
export function ArticleView({ article, titleId, now, search, onOpenArticle, onActOnArticle }: ArticleViewProps) {
  const href = safeExternalUrl(article.url);
  return (
    <article className="article-view" data-article-id={article.id}>
      <div className="article-tags">
        <ImportanceBadge importance={article.importance} />
        <SentimentChip sentiment={article.sentiment} />
        <CategoryTag category={article.category} />
        {article.sample ? <SampleMarker /> : null}
        <span className={`analyzer analyzer-${article.analyzer}`}>{analyzerLabel(article.analyzer)}</span>
      </div>
      <h2 id={titleId} className="article-title">{article.title}</h2>
      <ExposureBanner exposure={article.exposure} />
      <p className="article-byline">
        {article.author ? <><span className="article-author">By {article.author}</span> ·{' '}</> : null}
        <span className="article-source">{article.source}</span> ·{' '}
        <time dateTime={article.publishedAt}>{formatDateTime(article.publishedAt)}</time>{' '}
        <span className="article-muted">({formatAge(article.publishedAt, now)})</span>
      </p>
      <ArticleFigure imageUrl={article.imageUrl} source={article.source} />

      <section aria-labelledby={`${titleId}-summary`}>
        <h3 id={`${titleId}-summary`} className="article-heading">Summary</h3>
        <p className="article-summary">{article.summary}</p>
      </section>
      <section aria-labelledby={`${titleId}-analysis`}>
        <h3 id={`${titleId}-analysis`} className="article-heading">Analysis</h3>
        <div className="article-analysis">
          {splitParagraphs(article.analysis).map((paragraph, index) => <p key={index}>{paragraph}</p>)}
        </div>
      </section>
      <section aria-labelledby={`${titleId}-takeaways`}>
        <h3 id={`${titleId}-takeaways`} className="article-heading">Key takeaways</h3>
        <ul className="article-takeaways">
          {article.takeaways.map((takeaway, index) => <li key={index}>{takeaway}</li>)}
        </ul>
      </section>
      <section aria-labelledby={`${titleId}-entities`}>
        <h3 id={`${titleId}-entities`} className="article-heading">Mentioned</h3>
        <ArticleEntities entities={article.entities} />
      </section>
      <section aria-labelledby={`${titleId}-related`}>
        <h3 id={`${titleId}-related`} className="article-heading">Related</h3>
        <ArticleRelated related={article.related} now={now} search={search} onOpenArticle={onOpenArticle} />
      </section>

      <footer className="article-actions">
        {href ? (
          <a className="btn" href={href} target="_blank" rel="noopener noreferrer">
            Read the original on {displayHost(href)} <span aria-hidden="true">↗</span>
          </a>
        ) : (
          <span className="article-muted">The original link is not a web address, so it is not shown.</span>
        )}
        <ActOnArticleButton articleId={article.id} onActOnArticle={onActOnArticle} />
      </footer>
    </article>
  );
}
