import type { ReactNode, Ref } from 'react';
import { HowItWorksLink } from '@/ui/how-it-works-link';
import './agent.css';

interface AgentPanelFrameProps {
  /** The connected account; without one the frame says proposals need one (with a Connect button given `onConnect`). */
  address?: string;
  onConnect?: () => void;
  connectBusy?: boolean;
  /** Without it there is nothing to start afresh and the button is disabled. */
  onNewConversation?: () => void;
  /** Read out by screen readers (the polite live region). */
  announcement?: string;
  brain?: 'openai' | 'offline' | null;
  /** The light stand-in painted before the agent code loads (marked for tests; looks the same). */
  standIn?: boolean;
  sectionRef?: Ref<HTMLElement>;
  headingRef?: Ref<HTMLHeadingElement>;
  composer: ReactNode;
  /** The body: the intro or the conversation. */
  children: ReactNode;
}

/** The agent panel's markup, shared by the real panel and its stand-in. Holds no conversation code. */
export function AgentPanelFrame(props: AgentPanelFrameProps) {
  const { address, onConnect, connectBusy = false, onNewConversation, announcement, brain, standIn = false, sectionRef, headingRef, composer, children } = props;
  return (
    <section ref={sectionRef} className="agent" aria-labelledby="agent-title" data-stand-in={standIn ? '' : undefined}>
      <header className="agent-head">
        <h2 id="agent-title" ref={headingRef} className="agent-title" tabIndex={-1}>
          Agent
        </h2>
        <button type="button" className="btn btn-ghost agent-new" onClick={onNewConversation} disabled={!onNewConversation}>
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
      {children}
      <p className="sr-only" role="status" aria-live="polite">{announcement}</p>
      {composer}
      <p className="agent-foot">
        {brain ? `Answered by ${brain === 'offline' ? 'the offline parser' : 'the AI model'}. ` : ''}
        The agent never signs or sends: every trade opens in the review and your wallet asks you.{' '}
        <HowItWorksLink />
      </p>
    </section>
  );
}
