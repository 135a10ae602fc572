import { useEffect, useRef } from 'react';
import type { Proposal } from '@/domain/proposal';
import { takeQueuedAgentMessage } from '../hooks/agent-draft';
import {
  claimArticleRequest, dismissProposal, retryAgentMessage, sendAgentMessage, startNewConversation, syncConversationAddress, useConversation,
} from '../hooks/conversation-store';
import { announcement } from '../lib/announcement';
import type { Turn } from '../lib/conversation';
import { AgentComposer } from './agent-composer';
import { AgentConversation } from './agent-conversation';
import { AgentIntro } from './agent-intro';
import { AgentPanelFrame } from './agent-panel-frame';
import { ProposalNewsContext, type ProposalNews } from './proposal-news-slot';

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

  useEffect(() => syncConversationAddress(address), [address]);

  useEffect(() => {
    const queued = takeQueuedAgentMessage();
    if (queued !== null) sendAgentMessage({ message: queued, articleId: null }, address);
    // Once, on mount: what was asked in the stand-in before this panel loaded (taking it makes it once).
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
  }, []);

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
      <AgentPanelFrame
        sectionRef={sectionRef}
        headingRef={headingRef}
        address={address}
        onConnect={onConnect}
        connectBusy={connectBusy}
        onNewConversation={state.turns.length === 0 ? undefined : () => { startNewConversation(); inputRef.current?.focus(); }}
        announcement={announcement(state)}
        brain={lastBrain(state.turns)}
        composer={<AgentComposer busy={busy} onSend={send} inputRef={inputRef} />}
      >
        {state.turns.length === 0 ? (
          <AgentIntro onSuggestion={send} disabled={busy} />
        ) : (
          <AgentConversation
            state={state}
            actions={{ onReview: address ? onReview : undefined, reviewUnavailableReason, onDismiss: dismissProposal, onRetry: () => retryAgentMessage(address) }}
          />
        )}
      </AgentPanelFrame>
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
