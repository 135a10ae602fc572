import './trade.css';
import { useEffect, useRef } from 'react';
import { useAccount } from 'wagmi';
import type { HoldingsQuery } from '../lib/holdings-query';
import type { TradeHandoff } from '../lib/trade-request';
import type { TradeSlots } from '../lib/trade-slots';
import { TradeWorkspace } from './trade-workspace';

/** Swap or bridge with LI.FI: form, routes, review, signing step by step, tracking and history. */
export function TradePanel({ holdingsQuery, request, slots }: { holdingsQuery: HoldingsQuery; request?: TradeHandoff; slots?: TradeSlots }) {
  const { address } = useAccount();
  const sectionRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // A trade handed in from outside (the agent's "Review & sign"): bring the review into view and focus.
  useEffect(() => {
    if (!request) return;
    sectionRef.current?.scrollIntoView({ block: 'start' });
    headingRef.current?.focus({ preventScroll: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new hand-off (a new key) moves the focus, not a re-render
  }, [request?.key]);
  return (
    <section ref={sectionRef} className="trade" aria-labelledby="trade-title" data-testid="trade-panel">
      <h2 id="trade-title" ref={headingRef} className="trade-title" tabIndex={-1}>Swap or bridge</h2>
      {address ? (
        <TradeWorkspace key={address.toLowerCase()} address={address} holdingsQuery={holdingsQuery} request={request} slots={slots} />
      ) : (
        <p className="trade-muted">Connect your wallet to swap or bridge tokens. Every transaction is signed in your own wallet.</p>
      )}
    </section>
  );
}
