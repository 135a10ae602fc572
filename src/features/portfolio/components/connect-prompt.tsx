import './portfolio.css';

interface ConnectPromptProps {
  onConnect?: () => void;
  busy?: boolean;
}

/** What the portfolio panel shows before a wallet is connected. No wallet code needed. */
export function ConnectPrompt({ onConnect, busy = false }: ConnectPromptProps) {
  return (
    <section className="portfolio portfolio-prompt" aria-labelledby="portfolio-title">
      <h2 id="portfolio-title" className="portfolio-title">Portfolio</h2>
      <p>Connect a wallet to see what it holds on 15 chains, with USD values.</p>
      <p className="portfolio-muted">Read-only: nothing is signed or sent until you approve it in your wallet.</p>
      {onConnect ? (
        <button type="button" className="portfolio-button portfolio-button-primary" onClick={onConnect} disabled={busy} aria-busy={busy}>
          {busy ? 'Loading wallet…' : 'Connect wallet'}
        </button>
      ) : null}
    </section>
  );
}
