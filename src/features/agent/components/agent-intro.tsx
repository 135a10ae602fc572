const AGENT_SUGGESTIONS = [
  'What do I hold on Base?',
  'Swap half my USDC on Arbitrum to ETH',
  'Bridge 0.2 ETH from Base to Optimism',
] as const;

/** The first-time view: what the agent does and a few things to try. */
export function AgentIntro({ onSuggestion, disabled }: { onSuggestion: (text: string) => void; disabled: boolean }) {
  return (
    <div className="agent-intro">
      <p>
        Ask in plain words about your holdings or a story. The agent answers from your real balances and proposes swaps or
        bridges as cards; you review and sign each one in your wallet.
      </p>
      <p className="agent-intro-try" id="agent-suggestions-label">Try:</p>
      <ul className="agent-suggestions" aria-labelledby="agent-suggestions-label">
        {AGENT_SUGGESTIONS.map((text) => (
          <li key={text}>
            <button type="button" className="agent-suggestion" onClick={() => onSuggestion(text)} disabled={disabled}>
              {text}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
