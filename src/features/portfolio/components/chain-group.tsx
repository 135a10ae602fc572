import { useId, useState } from 'react';
import { formatUsd } from '@/domain/amounts';
import type { ChainHoldings } from '@/domain/portfolio';
import { chainValueUsd, hasUnpricedTokens, visibleTokens } from '../lib/holdings';
import { TokenRow } from './token-row';

interface ChainGroupProps {
  chain: ChainHoldings;
  showDust: boolean;
}

/** A chain with holdings: a collapsible group with its total and token rows. */
export function ChainGroup({ chain, showDust }: ChainGroupProps) {
  const [open, setOpen] = useState(true);
  const listId = useId();
  const { tokens, hiddenDust } = visibleTokens(chain.tokens, showDust);
  const total = formatUsd(chainValueUsd(chain));
  return (
    <li className="chain-group" data-chain-id={chain.chainId}>
      <h3 className="chain-heading">
        <button type="button" className="chain-toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
          <span className="chain-caret" aria-hidden="true">{open ? '▾' : '▸'}</span>
          <span className="chain-name">{chain.name}</span>
          <span className="chain-total">
            {total}
            {hasUnpricedTokens(chain) ? <span className="portfolio-muted"> + unpriced</span> : null}
          </span>
        </button>
      </h3>
      <ul id={listId} className="token-list" hidden={!open}>
        {tokens.map((token) => <TokenRow key={token.address} token={token} />)}
        {tokens.length === 0 && hiddenDust > 0 ? <li className="token-row portfolio-muted">Only dust on this chain</li> : null}
      </ul>
    </li>
  );
}
