import type { ChainHoldings } from '@/domain/portfolio';

interface UnavailableChainProps {
  chain: ChainHoldings;
  retrying: boolean;
  onRetry: () => void;
}

/** A chain whose balances could not be read: never shown as zero; says why and offers a retry. */
export function UnavailableChain({ chain, retrying, onRetry }: UnavailableChainProps) {
  return (
    <li className="chain-group chain-unavailable" data-chain-id={chain.chainId} data-status="unavailable">
      <div className="chain-unavailable-text">
        <span className="chain-name">{chain.name}</span>
        <span className="chain-reason">Unavailable{chain.error ? `: ${chain.error}` : ''}</span>
      </div>
      <button type="button" className="portfolio-button" onClick={onRetry} disabled={retrying} aria-label={`Retry ${chain.name}`}>
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    </li>
  );
}
