import type { ChainHoldings } from '@/domain/portfolio';

interface UnavailableChainsProps {
  chains: readonly ChainHoldings[];
  retrying: boolean;
  onRetry: () => void;
}

/** Chains whose balances could not be read: never shown as zero; each says why, and a retry reads again. */
export function UnavailableChains({ chains, retrying, onRetry }: UnavailableChainsProps) {
  const label = `${chains.length} ${chains.length === 1 ? 'chain' : 'chains'} unavailable`;
  return (
    <div className="chain-group chain-unavailable-group">
      <div className="chain-unavailable-head">
        <h3 className="chain-heading">{label}</h3>
        <button type="button" className="portfolio-button" onClick={onRetry} disabled={retrying} aria-label={`Retry ${label}`}>
          {retrying ? 'Retrying…' : 'Retry'}
        </button>
      </div>
      <ul className="chain-unavailable-list" aria-label="Unavailable chains">
        {chains.map((chain) => (
          <li key={chain.chainId} className="chain-unavailable" data-chain-id={chain.chainId} data-status="unavailable">
            <span className="chain-name">{chain.name}</span>
            <span className="chain-reason" title={chain.error}>{chain.error ?? 'no answer'}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
