import './trade.css';
import type { UseQueryOptions } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useAccount } from 'wagmi';
import type { Portfolio } from '@/domain/portfolio';
import type { TradeHandoff } from '../lib/trade-request';
import { TradeWorkspace } from './trade-workspace';

/** The portfolio's query options for an address (composed in app/, so features stay apart). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the portfolio feature owns its query key's shape
export type HoldingsQuery = (address: string) => UseQueryOptions<Portfolio, Error, Portfolio, any> & { queryKey: readonly unknown[] };

/** Swap or bridge with LI.FI: form, routes, review, signing step by step, tracking and history. */
export function TradePanel({ holdingsQuery, request }: { holdingsQuery: HoldingsQuery; request?: TradeHandoff }) {
  const { address } = useAccount();
  const sectionRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A trade handed in from outside (the agent's "Review & sign"): bring the review into view and focus.
  useEffect(() => {
    if (!request) return;
    sectionRef.current?.scrollIntoView({ block: 'start' });
    headingRef.current?.focus({ preventScroll: true });
  }, [request?.key]);
  return (
    <section ref={sectionRef} className="trade" aria-labelledby="trade-title" data-testid="trade-panel">
      <h2 id="trade-title" ref={headingRef} className="trade-title" tabIndex={-1}>Swap or bridge</h2>
      {address ? (
        <TradeWorkspace key={address.toLowerCase()} address={address} holdingsQuery={holdingsQuery} request={request} />
      ) : (
        <p className="trade-muted">Connect your wallet to swap or bridge tokens. Every transaction is signed in your own wallet.</p>
      )}
    </section>
  );
}
