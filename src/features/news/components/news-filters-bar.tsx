import { useCallback, useId } from 'react';
import { SENTIMENTS, type Sentiment } from '@/domain/article';
import type { NewsOrder } from '@/domain/market/market-schemas';
import { useDebouncedCommit } from '../hooks/use-debounced-commit';
import { sentimentIcon, sentimentLabel } from '../lib/article-text';
import type { NewsFilters } from '../lib/news-filters';

interface NewsFiltersBarProps {
  filters: NewsFilters;
  onChange: (filters: NewsFilters) => void;
}

const COMMON_TOKENS = ['BTC', 'ETH', 'USDC', 'USDT', 'ARB', 'OP', 'POL', 'AVAX', 'LINK', 'UNI', 'SOL'];
const IMPORTANCE_STEPS = [3, 5, 7, 9];
const ORDER_LABEL: Record<NewsOrder, string> = { latest: 'Latest', importance: 'Most important', 'for-you': 'For you' };
const trim = (text: string) => text.trim();
const trimUpper = (text: string) => text.trim().toUpperCase();

export function NewsFiltersBar({ filters, onChange }: NewsFiltersBarProps) {
  const id = useId();
  const commitQ = useCallback((q: string) => onChange({ ...filters, q }), [filters, onChange]);
  const commitToken = useCallback((token: string) => onChange({ ...filters, token }), [filters, onChange]);
  const [q, setQ] = useDebouncedCommit(filters.q, commitQ, trim);
  const [token, setToken] = useDebouncedCommit(filters.token, commitToken, trimUpper);

  return (
    <form className="news-filters" role="search" aria-label="Filter news" onSubmit={(event) => event.preventDefault()}>
      <div className="news-filters-field news-filters-text">
        <label htmlFor={`${id}-q`}>Search</label>
        <input id={`${id}-q`} type="search" value={q} maxLength={200} placeholder="Words in title or text"
          onChange={(event) => setQ(event.target.value)} />
      </div>
      <div className="news-filters-field news-filters-token">
        <label htmlFor={`${id}-token`}>Token</label>
        <input id={`${id}-token`} type="text" value={token} maxLength={20} placeholder="e.g. ETH" list={`${id}-tokens`}
          autoCapitalize="characters" spellCheck={false} onChange={(event) => setToken(event.target.value)} />
        <datalist id={`${id}-tokens`}>
          {COMMON_TOKENS.map((symbol) => <option key={symbol} value={symbol} />)}
        </datalist>
      </div>
      <div className="news-filters-field">
        <label htmlFor={`${id}-order`}>Order</label>
        <select id={`${id}-order`} value={filters.order} title="For you: importance weighted by how much of your portfolio a story concerns, newer first"
          onChange={(event) => onChange({ ...filters, order: event.target.value as NewsOrder })}>
          {(Object.keys(ORDER_LABEL) as NewsOrder[]).map((order) => <option key={order} value={order}>{ORDER_LABEL[order]}</option>)}
        </select>
      </div>
      <div className="news-filters-field">
        <label htmlFor={`${id}-importance`}>Importance</label>
        <select id={`${id}-importance`} value={filters.minImportance ?? ''}
          onChange={(event) => onChange({ ...filters, minImportance: event.target.value ? Number(event.target.value) : null })}>
          <option value="">Any</option>
          {IMPORTANCE_STEPS.map((step) => <option key={step} value={step}>{step}+ of 10</option>)}
        </select>
      </div>
      <fieldset className="news-filters-sentiment">
        <legend>Sentiment</legend>
        <div className="segmented">
          {[null, ...SENTIMENTS].map((value: Sentiment | null) => (
            <label key={value ?? 'all'} className={`segmented-option${value ? ` segmented-${value}` : ''}`}>
              <input type="radio" name={`${id}-sentiment`} value={value ?? ''} checked={filters.sentiment === value}
                onChange={() => onChange({ ...filters, sentiment: value })} />
              <span>{value ? <><span aria-hidden="true">{sentimentIcon(value)} </span>{sentimentLabel(value)}</> : 'All'}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </form>
  );
}
