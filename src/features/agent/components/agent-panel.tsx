import { useEffect, useRef } from 'react';
import type { Proposal } from '@/domain/proposal';
import { HowItWorksLink } from '@/ui/how-it-works-link';
import {
  claimArticleRequest, dismissProposal, retryAgentMessage, sendAgentMessage, startNewConversation, syncConversationAddress, useConversation,
} from '../hooks/conversation-store';
import { announcement } from '../lib/announcement';
import type { Turn } from '../lib/conversation';
import { AgentComposer } from './agent-composer';
import { AgentConversation } from './agent-conversation';
import { AgentIntro } from './agent-intro';
import { ProposalNewsContext, type ProposalNews } from './proposal-news-slot';
import './agent.css';

/** A request from elsewhere on the page to talk about an article; a new key means a new press. */
export interface ArticleRequest {
  articleId: string;
  key: number;
}

export interface AgentPanelProps {
  /** The connected account; without one the agent explains but does not propose. */
  address?: string;
  onConnect?: () => void;
  connectBusy?: boolean;
  articleRequest?: ArticleRequest | null;
  /** Opens the trade review prefilled with a proposal. */
  onReview?: (proposal: Proposal) => void;
  /** The news check on each card (composed by the app shell). */
  proposalNews?: ProposalNews;
}

const ARTICLE_QUESTION = 'How does this story relate to what I hold?';

/** The agent: a conversation kept by the server, streamed answers, and proposal cards the user reviews and signs elsewhere. */
export function AgentPanel({ address, onConnect, connectBusy = false, articleRequest, onReview, proposalNews }: AgentPanelProps) {
  const state = useConversation();
  const sectionRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const busy = state.streamingTurnId !== null;
  const brain = lastBrain(state.turns);

  useEffect(() => syncConversationAddress(address), [address]);

  const requestKey = articleRequest?.key;
  useEffect(() => {
    if (!articleRequest || !claimArticleRequest(articleRequest.key)) return;
    sendAgentMessage({ message: ARTICLE_QUESTION, articleId: articleRequest.articleId }, address, { interrupt: true });
    sectionRef.current?.scrollIntoView({ block: 'start' });
    headingRef.current?.focus({ preventScroll: true });
    // Only a new press (a new key) asks again, not a new address or a re-render.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the press, see above
  }, [requestKey]);

  const send = (message: string) => sendAgentMessage({ message, articleId: null }, address);
  const reviewUnavailableReason = !address
    ? 'Connect a wallet to review and sign.'
    : onReview
      ? null
      : 'The trade review is not available right now.';

  return (
    <ProposalNewsContext.Provider value={proposalNews}>
    <section ref={sectionRef} className="agent" aria-labelledby="agent-title">
      <header className="agent-head">
        <h2 id="agent-title" ref={headingRef} className="agent-title" tabIndex={-1}>
          Agent
        </h2>
        <button type="button" className="btn btn-ghost agent-new" onClick={() => { startNewConversation(); inputRef.current?.focus(); }} disabled={state.turns.length === 0}>
          New conversation
        </button>
      </header>
      {!address ? (
        <div className="agent-no-wallet">
          <p>
            <strong>Proposals need a connected wallet.</strong> Without one the agent can still explain the news, but it proposes
            trades only for a connected account.
          </p>
          {onConnect ? (
            <button type="button" className="btn" onClick={onConnect} disabled={connectBusy} aria-busy={connectBusy}>
              {connectBusy ? 'Loading wallet…' : 'Connect wallet'}
            </button>
          ) : null}
        </div>
      ) : null}
      {state.turns.length === 0 ? (
        <AgentIntro onSuggestion={send} disabled={busy} />
      ) : (
        <AgentConversation
          state={state}
          actions={{ onReview: address ? onReview : undefined, reviewUnavailableReason, onDismiss: dismissProposal, onRetry: () => retryAgentMessage(address) }}
        />
      )}
      <p className="sr-only" role="status" aria-live="polite">{announcement(state)}</p>
      <AgentComposer busy={busy} onSend={send} inputRef={inputRef} />
      <p className="agent-foot">
        {brain ? `Answered by ${brain === 'offline' ? 'the offline parser' : 'the AI model'}. ` : ''}
        The agent never signs or sends: every trade opens in the review and your wallet asks you.{' '}
        <HowItWorksLink />
      </p>
    </section>
    </ProposalNewsContext.Provider>
  );
}

function lastBrain(turns: readonly Turn[]): 'openai' | 'offline' | null {
  for (let i = turns.length - 1; i >= 0; i -= 1) {
    const turn = turns[i];
    if (turn?.kind === 'agent' && turn.brain) return turn.brain;
  }
  return null;
}
