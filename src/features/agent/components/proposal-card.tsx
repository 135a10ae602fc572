import { useId, useRef } from 'react';
import type { Proposal } from '@/domain/proposal';
import { describeProposal, type ProposalSide } from '../lib/proposal-display';
import { TokenLogo } from './token-logo';
import { useProposalNews } from './proposal-news-slot';

interface ProposalCardProps {
  proposal: Proposal;
  /** Opens the trade review prefilled with this proposal; absent when review is not possible (reason says why). */
  onReview?: (proposal: Proposal) => void;
  reviewUnavailableReason: string | null;
  onDismiss: (proposalId: string) => void;
}

function Leg({ side, role }: { side: ProposalSide; role: 'You send' | 'You get about' | 'You get' }) {
  return (
    <div className="proposal-leg">
      <TokenLogo symbol={side.symbol} logoURI={side.logoURI} />
      <div className="proposal-leg-text">
        <span className="proposal-leg-role">{role}</span>
        <span className="proposal-leg-amount">
          {side.amount ? `${side.amount} ` : ''}
          <strong>{side.symbol}</strong>
        </span>
        <span className="proposal-leg-meta">
          on {side.chain}
          {side.usd ? ` · ${side.usd}` : ''}
        </span>
      </div>
    </div>
  );
}

/** One proposed swap or bridge. Nothing here signs: "Review & sign" hands it to the trade review. */
export function ProposalCard({ proposal, onReview, reviewUnavailableReason, onDismiss }: ProposalCardProps) {
  const view = describeProposal(proposal);
  const titleId = useId();
  const reasonId = useId();
  const cardRef = useRef<HTMLElement>(null);
  const News = useProposalNews();

  // The card disappears: keyboard focus moves to a neighbouring card, or the conversation, instead of the page.
  function dismiss() {
    const item = cardRef.current?.closest('li');
    const neighbour = item?.nextElementSibling ?? item?.previousElementSibling;
    const target = neighbour?.querySelector<HTMLElement>('button') ?? cardRef.current?.closest<HTMLElement>('.agent-messages');
    onDismiss(proposal.id);
    target?.focus();
  }

  return (
    <article ref={cardRef} className={`proposal-card proposal-card-${proposal.kind}`} aria-labelledby={titleId} data-proposal-id={proposal.id}>
      <header className="proposal-head">
        <h4 id={titleId} className="proposal-title">
          <span className="sr-only">Proposal: </span>
          {view.title}
        </h4>
      </header>
      <div className="proposal-legs">
        <Leg side={view.from} role="You send" />
        <span className="proposal-arrow" aria-hidden="true">→</span>
        <Leg side={view.to} role={view.to.amount ? 'You get about' : 'You get'} />
      </div>
      {view.requested ? <p className="proposal-requested">You asked for {view.requested}.</p> : null}
      {view.route ? (
        <dl className="proposal-route">
          <div><dt>Route</dt><dd>{view.route.tools}</dd></div>
          <div><dt>Minimum received</dt><dd>{view.route.minimumReceived}</dd></div>
          <div><dt>Gas and fees</dt><dd>{view.route.costs}</dd></div>
          <div><dt>Time</dt><dd>{view.route.duration}</dd></div>
        </dl>
      ) : (
        <p className="proposal-no-route">No route estimate right now; the review fetches fresh routes.</p>
      )}
      <p className="proposal-reason">{proposal.reason}</p>
      {News ? <News tokens={[proposal.fromToken.symbol, proposal.toToken.symbol]} tools={proposal.route?.tools ?? []} /> : null}
      {proposal.article ? (
        <p className="proposal-source">
          Source: <cite>{proposal.article.title}</cite>
        </p>
      ) : null}
      <div className="proposal-actions">
        {onReview ? (
          <button type="button" className="btn btn-primary" onClick={() => onReview(proposal)}>
            Review &amp; sign
          </button>
        ) : (
          <button type="button" className="btn btn-primary" aria-disabled="true" aria-describedby={reasonId}>
            Review &amp; sign
          </button>
        )}
        <button type="button" className="btn btn-ghost" onClick={dismiss} aria-label={`Dismiss: ${view.title}`}>
          Dismiss
        </button>
      </div>
      {!onReview && reviewUnavailableReason ? (
        <p id={reasonId} className="proposal-unavailable">{reviewUnavailableReason}</p>
      ) : null}
    </article>
  );
}
