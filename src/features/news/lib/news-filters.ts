import * as v from 'valibot';
import { sentimentSchema, type Sentiment } from '@/domain/article';
import { NEWS_ORDERS, type NewsOrder } from '@/domain/market/market-schemas';

/** What the filter bar holds; also what the URL search params carry. */
export interface NewsFilters {
  sentiment: Sentiment | null;
  minImportance: number | null;
  token: string;
  q: string;
  /** Kept in the URL like the filters, but not a filter: Clear filters leaves it. */
  order: NewsOrder;
}

export const EMPTY_FILTERS: NewsFilters = { sentiment: null, minImportance: null, token: '', q: '', order: 'latest' };

/** Normalised filters as sent to GET /api/news; also the query key, so equal filters share a cache entry. */
export interface NewsQuery {
  sentiment?: Sentiment;
  minImportance?: number;
  token?: string;
  q?: string;
  /** Absent for the default, latest first. */
  order?: Exclude<NewsOrder, 'latest'>;
}

const MAX_TEXT = 200;
const importanceSchema = v.pipe(v.unknown(), v.transform(Number), v.number(), v.safeInteger(), v.minValue(1), v.maxValue(10));
const tokenSchema = v.pipe(v.string(), v.trim(), v.maxLength(20), v.regex(/^[A-Za-z0-9.$-]*$/));

/** Reads filters from a URL search string; a hand-edited bad value is dropped, never thrown. */
export function filtersFromSearch(search: string): NewsFilters {
  const params = new URLSearchParams(search);
  const sentiment = v.safeParse(sentimentSchema, params.get('sentiment'));
  const importance = v.safeParse(importanceSchema, params.get('minImportance') ?? undefined);
  const token = v.safeParse(tokenSchema, params.get('token') ?? '');
  return {
    sentiment: sentiment.success ? sentiment.output : null,
    minImportance: importance.success ? importance.output : null,
    token: token.success ? token.output.toUpperCase() : '',
    q: (params.get('q') ?? '').slice(0, MAX_TEXT),
    order: NEWS_ORDERS.find((o) => o === params.get('order')) ?? 'latest',
  };
}

/** Writes filters into a URL search string, keeping unrelated params (e.g. `article`) and dropping defaults. */
export function applyFiltersToSearch(search: string, filters: NewsFilters): string {
  const params = new URLSearchParams(search);
  const query = toNewsQuery(filters);
  for (const key of ['sentiment', 'minImportance', 'token', 'q', 'order'] as const) {
    const value = query[key];
    if (value === undefined) params.delete(key);
    else params.set(key, String(value));
  }
  return serialize(params);
}

export function toNewsQuery(filters: NewsFilters): NewsQuery {
  const query: NewsQuery = {};
  if (filters.sentiment) query.sentiment = filters.sentiment;
  if (filters.minImportance !== null && filters.minImportance > 1) query.minImportance = filters.minImportance;
  const token = filters.token.trim().toUpperCase();
  if (token) query.token = token;
  const q = filters.q.trim().slice(0, MAX_TEXT);
  if (q) query.q = q;
  if (filters.order !== 'latest') query.order = filters.order;
  return query;
}

export function hasActiveFilters(filters: NewsFilters): boolean {
  return Object.keys(toNewsQuery({ ...filters, order: 'latest' })).length > 0;
}

/** The query string for GET /api/news. */
export function newsRequestSearch(query: NewsQuery, limit: number, cursor: string | null): string {
  const params = new URLSearchParams({ limit: String(limit) });
  if (cursor) params.set('cursor', cursor);
  for (const [key, value] of Object.entries(query)) params.set(key, String(value));
  return `?${params.toString()}`;
}

/** The article id in `?article=`, or null. */
export function articleIdFromSearch(search: string): string | null {
  const id = new URLSearchParams(search).get('article');
  return id && id.length <= 200 ? id : null;
}

export function withArticleId(search: string, id: string | null): string {
  const params = new URLSearchParams(search);
  if (id) params.set('article', id);
  else params.delete('article');
  return serialize(params);
}

function serialize(params: URLSearchParams): string {
  const text = params.toString();
  return text ? `?${text}` : '';
}
