import './trade.css';
import type { UseQueryOptions } from '@tanstack/react-query';
import { useAccount } from 'wagmi';
import type { Portfolio } from '@/domain/portfolio';
import { TradeWorkspace } from './trade-workspace';

/** The portfolio's query options for an address (composed in app/, so features stay apart). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the portfolio feature owns its query key's shape
export type HoldingsQuery = (address: string) => UseQueryOptions<Portfolio, Error, Portfolio, any> & { queryKey: readonly unknown[] };

/** Swap or bridge with LI.FI: form, routes, review, signing step by step, tracking and history. */
export function TradePanel({ holdingsQuery }: { holdingsQuery: HoldingsQuery }) {
  const { address } = useAccount();
  return (
    <section className="trade" aria-labelledby="trade-title" data-testid="trade-panel">
      <h2 id="trade-title" className="trade-title">Swap or bridge</h2>
      {address ? (
        <TradeWorkspace key={address.toLowerCase()} address={address} holdingsQuery={holdingsQuery} />
      ) : (
        <p className="trade-muted">Connect your wallet to swap or bridge tokens. Every transaction is signed in your own wallet.</p>
      )}
    </section>
  );
}
