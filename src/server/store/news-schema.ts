/** Tables for news; plain PostgreSQL that PGlite runs too. Safe to run on every start. */
export const NEWS_SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS news_articles (
  id TEXT PRIMARY KEY,
  canonical_url TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  title TEXT NOT NULL,
  summary TEXT NOT NULL,
  source TEXT NOT NULL,
  published_at TIMESTAMPTZ NOT NULL,
  ingested_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  sentiment TEXT NOT NULL,
  importance SMALLINT NOT NULL,
  category TEXT NOT NULL,
  token_symbols TEXT[] NOT NULL DEFAULT '{}',
  company_keys TEXT[] NOT NULL DEFAULT '{}',
  analyzer TEXT NOT NULL,
  sample BOOLEAN NOT NULL DEFAULT false,
  body_text TEXT NOT NULL,
  doc TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS news_articles_canonical_url_key ON news_articles (canonical_url);
CREATE UNIQUE INDEX IF NOT EXISTS news_articles_content_hash_key ON news_articles (content_hash);
CREATE INDEX IF NOT EXISTS news_articles_published_idx ON news_articles (published_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS news_articles_sentiment_idx ON news_articles (sentiment, published_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS news_articles_importance_idx ON news_articles (importance, published_at DESC);
CREATE INDEX IF NOT EXISTS news_articles_tokens_idx ON news_articles USING GIN (token_symbols);
CREATE INDEX IF NOT EXISTS news_articles_companies_idx ON news_articles USING GIN (company_keys);
CREATE TABLE IF NOT EXISTS news_analysis_cache (
  content_hash TEXT PRIMARY KEY,
  analyzer TEXT NOT NULL,
  analysis TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
`;
