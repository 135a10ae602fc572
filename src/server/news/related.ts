import type { Article } from '@/domain/article';

interface RelatedOptions {
  /** At most this many (default 5). */
  limit?: number;
  /** Reference time for recency (default: now). */
  now?: Date;
}

const TOKEN_WEIGHT = 3;
const COMPANY_WEIGHT = 1.5;
const CATEGORY_BONUS = 0.5;
const HALF_LIFE_DAYS = 7;
const DAY_MS = 86_400_000;

const tokenKeys = (a: Article): Set<string> => new Set(a.entities.tokens.map((t) => t.symbol.toUpperCase()));
const companyKeys = (a: Article): Set<string> => new Set(a.entities.companies.map((c) => c.toLowerCase()));

function shared(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const key of a) if (b.has(key)) n += 1;
  return n;
}

/** 1 for an article published now, halving every week; future dates count as now, bad dates as old. */
function recency(article: Article, now: number): number {
  const published = Date.parse(article.publishedAt);
  if (Number.isNaN(published)) return 0;
  const ageDays = Math.max(0, now - published) / DAY_MS;
  return 0.5 ** (ageDays / HALF_LIFE_DAYS);
}

interface Scored {
  article: Article;
  score: number;
  published: number;
}

/**
 * Up to `limit` related articles: scored by shared tokens (weighing most), shared companies and a small
 * same-category bonus, scaled by recency. Articles that share no token or company are never related.
 * Ties break by newer first, then id, so the order is deterministic.
 */
export function pickRelated(target: Article, candidates: readonly Article[], options: RelatedOptions = {}): Article[] {
  const limit = Math.max(0, Math.floor(options.limit ?? 5));
  const now = (options.now ?? new Date()).getTime();
  const tokens = tokenKeys(target);
  const companies = companyKeys(target);
  const seen = new Set<string>([target.id]);
  const scored: Scored[] = [];
  for (const article of candidates) {
    if (seen.has(article.id)) continue;
    seen.add(article.id);
    const overlap = shared(tokens, tokenKeys(article)) * TOKEN_WEIGHT + shared(companies, companyKeys(article)) * COMPANY_WEIGHT;
    if (overlap === 0) continue;
    const bonus = article.category === target.category ? CATEGORY_BONUS : 0;
    const score = (overlap + bonus) * (0.5 + 0.5 * recency(article, now));
    scored.push({ article, score, published: Date.parse(article.publishedAt) || 0 });
  }
  scored.sort((a, b) => b.score - a.score || b.published - a.published || (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0));
  return scored.slice(0, limit).map((s) => s.article);
}
