import type { ChainHoldings } from '@/domain/portfolio';
import { sortChains, visibleTokens } from '../lib/holdings';
import { ChainGroup } from './chain-group';
import { UnavailableChains } from './unavailable-chains';

interface ChainListProps {
  chains: readonly ChainHoldings[];
  showDust: boolean;
  retrying: boolean;
  onRetry: () => void;
}

/** Chains with holdings (by value), then the empty ones in one line, then the unavailable ones. */
export function ChainList({ chains, showDust, retrying, onRetry }: ChainListProps) {
  const sorted = sortChains(chains);
  const held = sorted.filter((c) => c.status === 'ok' && visibleTokens(c.tokens, true).tokens.length > 0);
  const empty = sorted.filter((c) => c.status === 'ok' && !held.includes(c));
  const unavailable = sorted.filter((c) => c.status !== 'ok');
  return (
    <>
      {held.length > 0 ? (
        <ul className="portfolio-chains" aria-label="Holdings by chain">
          {held.map((chain) => <ChainGroup key={chain.chainId} chain={chain} showDust={showDust} />)}
        </ul>
      ) : (
        <p className="portfolio-muted">No balances found on the chains that answered.</p>
      )}
      {empty.length > 0 ? (
        <p className="portfolio-empty-chains portfolio-muted">
          Nothing on {empty.map((c) => c.name).join(', ')}.
        </p>
      ) : null}
      {unavailable.length > 0 ? <UnavailableChains chains={unavailable} retrying={retrying} onRetry={onRetry} /> : null}
    </>
  );
}
