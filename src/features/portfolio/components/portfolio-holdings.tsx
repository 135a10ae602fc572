import { useState } from 'react';
import { formatUsd } from '@/domain/amounts';
import { usePortfolio } from '../api/get-portfolio';
import { visibleTokens } from '../lib/holdings';
import { formatUpdatedAgo } from '../lib/updated-ago';
import { useNow } from '@/ui/use-now';
import { ChainList } from './chain-list';
import { ChainSkeletons } from './portfolio-skeleton';
import './portfolio.css';

function shortAddress(address: string): string {
  return `${address.slice(0, 6)}…${address.slice(-4)}`;
}

/** Holdings of one address. Keyed by address by its parent, so an account switch starts clean. */
export function PortfolioHoldings({ address }: { address: string }) {
  const portfolio = usePortfolio(address);
  const [showDust, setShowDust] = useState(false);
  const now = useNow(1000);
  const { data, isFetching } = portfolio;
  const refresh = () => void portfolio.refetch();
  const serverTime = data ? Date.parse(data.updatedAt) : Number.NaN;
  const updatedAt = Number.isNaN(serverTime) ? portfolio.dataUpdatedAt : serverTime;
  const unavailable = data?.chains.filter((chain) => chain.status !== 'ok').length ?? 0;
  const dust = data?.chains.reduce((count, chain) => count + visibleTokens(chain.tokens, false).hiddenDust, 0) ?? 0;

  return (
    <section className="portfolio" aria-labelledby="portfolio-title" aria-busy={isFetching}>
      <div className="portfolio-head">
        <h2 id="portfolio-title" className="portfolio-title">Portfolio</h2>
        <span className="portfolio-address" title={address}>{shortAddress(address)}</span>
        <button type="button" className="portfolio-button" onClick={refresh} disabled={isFetching} aria-label="Refresh balances">
          {isFetching ? 'Refreshing…' : '↻ Refresh'}
        </button>
      </div>

      {data ? (
        <div className="portfolio-summary">
          <span className="portfolio-total-label">Total</span>
          <strong className="portfolio-total" data-testid="portfolio-total">{formatUsd(data.totalUSD)}</strong>
          <span className="portfolio-muted" aria-live="off">{formatUpdatedAgo(updatedAt, now)}</span>
          {unavailable > 0 ? <span className="portfolio-muted">excludes {unavailable} unavailable {unavailable === 1 ? 'chain' : 'chains'}</span> : null}
        </div>
      ) : null}

      {portfolio.isError ? (
        <div className="portfolio-error" role="alert">
          <p>{data ? 'Refresh failed; showing the last balances. ' : ''}{portfolio.error.message}</p>
          <button type="button" className="portfolio-button" onClick={refresh} disabled={isFetching}>Try again</button>
        </div>
      ) : null}

      {data ? (
        <>
          {dust > 0 ? (
            <label className="portfolio-dust-toggle">
              <input type="checkbox" checked={showDust} onChange={(event) => setShowDust(event.target.checked)} />
              Show {dust} small {dust === 1 ? 'balance' : 'balances'} (under $0.01)
            </label>
          ) : null}
          <ChainList chains={data.chains} showDust={showDust} retrying={isFetching} onRetry={refresh} />
        </>
      ) : portfolio.isPending ? (
        <>
          <p className="portfolio-muted" role="status">Reading balances on every chain…</p>
          <ChainSkeletons />
        </>
      ) : null}
    </section>
  );
}
