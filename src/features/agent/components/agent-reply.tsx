import type { Proposal } from '@/domain/proposal';
import { visibleProposals, type AgentTurn } from '../lib/conversation';
import { ProposalCard } from './proposal-card';

export interface ReplyActions {
  onReview?: (proposal: Proposal) => void;
  reviewUnavailableReason: string | null;
  onDismiss: (proposalId: string) => void;
  onRetry: () => void;
}

/** One answer of the agent: its text (plain, never HTML), then its proposal cards and any dropped ones. */
export function AgentReply({ turn, isLast, actions }: { turn: AgentTurn; isLast: boolean; actions: ReplyActions }) {
  const proposals = visibleProposals(turn);
  const hidden = turn.proposals.length - proposals.length;
  return (
    <li className="agent-turn agent-turn-agent" aria-busy={turn.status === 'streaming'}>
      <span className="sr-only">Agent: </span>
      {turn.text ? <p className="agent-bubble agent-bubble-agent">{turn.text}</p> : null}
      {turn.status === 'streaming' && !turn.text ? (
        <p className="agent-thinking">
          <span className="agent-dots" aria-hidden="true"><span /><span /><span /></span> Thinking…
        </p>
      ) : null}
      {proposals.length > 0 ? (
        <ul className="agent-proposals" aria-label="Proposals">
          {proposals.map((proposal) => (
            <li key={proposal.id}>
              <ProposalCard proposal={proposal} onReview={actions.onReview} reviewUnavailableReason={actions.reviewUnavailableReason} onDismiss={actions.onDismiss} />
            </li>
          ))}
        </ul>
      ) : null}
      {hidden > 0 ? <p className="agent-note">{hidden === 1 ? '1 proposal dismissed.' : `${hidden} proposals dismissed.`}</p> : null}
      {turn.dropped.map((dropped, index) => (
        <p key={index} className="agent-note agent-dropped">
          <span aria-hidden="true">⊘ </span>A proposal was left out: {dropped.reason}
        </p>
      ))}
      {turn.failure ? (
        <div className="agent-failure" role="alert">
          <p>{turn.failure.message}</p>
          {turn.failure.retryable && isLast ? (
            <button type="button" className="btn" onClick={actions.onRetry}>
              Retry
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
