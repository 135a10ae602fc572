import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS, applyFiltersToSearch, articleIdFromSearch, filtersFromSearch, hasActiveFilters,
  newsRequestSearch, toNewsQuery, withArticleId,
} from './news-filters';

describe('filters <-> URL search params', () => {
  it('round-trips every filter', () => {
    const filters = { sentiment: 'bearish' as const, minImportance: 7, token: 'ETH', q: 'etf inflows', order: 'for-you' as const };
    const search = applyFiltersToSearch('', filters);
    expect(search).toBe('?sentiment=bearish&minImportance=7&token=ETH&q=etf+inflows&order=for-you');
    expect(filtersFromSearch('?order=hot').order).toBe('latest');
    expect(hasActiveFilters({ ...EMPTY_FILTERS, order: 'importance' })).toBe(false);
    expect(filtersFromSearch(search)).toEqual(filters);
  });

  it('reads an empty search as no filters and writes no filters as an empty search', () => {
    expect(filtersFromSearch('')).toEqual(EMPTY_FILTERS);
    expect(applyFiltersToSearch('', EMPTY_FILTERS)).toBe('');
  });

  it('keeps unrelated params such as the open article', () => {
    expect(applyFiltersToSearch('?article=a1&sentiment=bullish', { ...EMPTY_FILTERS, token: 'btc' })).toBe('?article=a1&token=BTC');
  });

  it('drops hand-edited bad values instead of throwing', () => {
    expect(filtersFromSearch('?sentiment=moon&minImportance=11&token=<script>')).toEqual(EMPTY_FILTERS);
    expect(filtersFromSearch('?minImportance=abc').minImportance).toBeNull();
    expect(filtersFromSearch('?minImportance=4.5').minImportance).toBeNull();
    expect(filtersFromSearch(`?q=${'x'.repeat(500)}`).q).toHaveLength(200);
  });

  it('normalises the token to upper case', () => {
    expect(filtersFromSearch('?token=usdc').token).toBe('USDC');
  });
});

describe('toNewsQuery', () => {
  it('trims text, upper-cases the token, and treats importance 1 as no filter', () => {
    expect(toNewsQuery({ sentiment: null, minImportance: 1, token: ' arb ', q: '  hack ', order: 'latest' })).toEqual({ token: 'ARB', q: 'hack' });
    expect(toNewsQuery(EMPTY_FILTERS)).toEqual({});
  });

  it('reports whether any filter is active', () => {
    expect(hasActiveFilters(EMPTY_FILTERS)).toBe(false);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, q: '   ' })).toBe(false);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, minImportance: 5 })).toBe(true);
  });
});

describe('newsRequestSearch', () => {
  it('builds the API query string with limit, cursor and filters', () => {
    expect(newsRequestSearch({}, 20, null)).toBe('?limit=20');
    expect(newsRequestSearch({ sentiment: 'neutral', q: 'a&b' }, 10, 'c1')).toBe('?limit=10&cursor=c1&sentiment=neutral&q=a%26b');
  });
});

describe('article param', () => {
  it('reads and writes ?article=', () => {
    expect(articleIdFromSearch('?token=ETH&article=abc')).toBe('abc');
    expect(articleIdFromSearch('?article=')).toBeNull();
    expect(withArticleId('?token=ETH', 'x y')).toBe('?token=ETH&article=x+y');
    expect(withArticleId('?article=abc', null)).toBe('');
  });
});
