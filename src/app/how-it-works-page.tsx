import { useEffect, useRef } from 'react';
import { SUPPORTED_CHAINS } from '@/domain/chains';
import { leavePage } from './app-location';
import { PreSignChecks } from './pre-sign-checks';
import './how-it-works.css';

export const HOW_IT_WORKS_TITLE_ID = 'how-it-works-title';

/** What the agent can and cannot do, in plain words. Focus lands on the title, so a screen reader starts here. */
export function HowItWorksPage() {
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => titleRef.current?.focus({ preventScroll: true }), []);
  useEffect(() => {
    const previous = document.title;
    document.title = 'How it works · Market Companion';
    return () => void (document.title = previous);
  }, []);

  return (
    <article className="how-it-works">
      <button type="button" className="btn btn-ghost how-it-works-back" onClick={leavePage}>
        <span aria-hidden="true">←</span> Back to the news
      </button>
      <h2 id={HOW_IT_WORKS_TITLE_ID} ref={titleRef} className="how-it-works-title" tabIndex={-1}>How it works</h2>
      <p className="how-it-works-lede">
        The agent helps you act on the news. It reads and suggests; you decide and sign. It never holds your keys and never
        sends anything on its own.
      </p>

      <section aria-labelledby="hiw-can">
        <h3 id="hiw-can">What the agent can do</h3>
        <ul>
          <li><strong>Read your balances</strong> on the {SUPPORTED_CHAINS.length} chains below, from your public address only.</li>
          <li><strong>Read the news</strong> and its analysis, and tell you how a story relates to what you hold.</li>
          <li><strong>Propose</strong> a swap or a bridge as a card: what you send, roughly what you get, the route, the fees and why.</li>
        </ul>
      </section>

      <section aria-labelledby="hiw-cannot">
        <h3 id="hiw-cannot">What it cannot do</h3>
        <ul>
          <li><strong>It never signs or sends.</strong> &ldquo;Review &amp; sign&rdquo; only fills in the trade review; nothing happens until you confirm each transaction in your own wallet.</li>
          <li><strong>It cannot choose who gets paid.</strong> Every trade pays your connected account, whatever a story or a message says.</li>
          <li><strong>It cannot loosen the rules.</strong> It cannot raise your slippage, skip a check or pick a token outside the verified list.</li>
          <li>Without a connected wallet it can still explain the news, but it proposes nothing.</li>
        </ul>
      </section>

      <section aria-labelledby="hiw-approvals">
        <h3 id="hiw-approvals">Exact approvals</h3>
        <p>
          When a token needs an approval first, your wallet is asked to approve exactly the amount you are spending, never an
          unlimited amount, and only for the LI.FI contract that runs the trade. Each approval is its own wallet prompt.
        </p>
      </section>

      <section aria-labelledby="hiw-checks">
        <h3 id="hiw-checks">Checks before every signature</h3>
        <p>Every route is checked before it is offered, and every transaction again just before your wallet asks you:</p>
        <PreSignChecks />
        <p>If a check fails, signing is blocked and the review says which rule stopped it.</p>
      </section>

      <section aria-labelledby="hiw-chains">
        <h3 id="hiw-chains">Chains</h3>
        <ul className="how-it-works-chains">
          {SUPPORTED_CHAINS.map((chain) => (
            <li key={chain.id} data-chain-id={chain.id}>
              {chain.name} <span className="how-it-works-muted">({chain.nativeSymbol})</span>
            </li>
          ))}
        </ul>
      </section>

      <button type="button" className="btn" onClick={leavePage}>Back to the news</button>
    </article>
  );
}
