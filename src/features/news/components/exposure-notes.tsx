import { formatUsd } from '@/domain/amounts';
import { NOTABLE_EXPOSURE } from '@/domain/market/exposure';
import type { Exposure, TokenQuotes } from '@/domain/market/market-schemas';
import { exclusionSentence, exposureSentence, formatShare, holdingOf } from '../lib/exposure-text';

/** The card's badge when a story concerns more than 1 % of the portfolio. */
export function ExposureBadge({ exposure }: { exposure?: Exposure }) {
  if (!exposure || exposure.share < NOTABLE_EXPOSURE) return null;
  return <span className="exposure-badge" data-testid="exposure-badge" title={exposureSentence(exposure)}>{formatShare(exposure.share)} of your portfolio</span>;
}

/** The article's banner: how much of the portfolio it concerns, and which chains or tokens were left out. */
export function ExposureBanner({ exposure }: { exposure?: Exposure }) {
  if (!exposure || exposure.share < NOTABLE_EXPOSURE) return null;
  const excluded = exclusionSentence(exposure);
  return (
    <p className="exposure-banner" role="note" data-testid="exposure-banner">
      {exposureSentence(exposure)}
      {excluded ? <span className="exposure-excluded"> ({excluded})</span> : null}
    </p>
  );
}

/**
 * "ETH $3,120 · you hold 1.5 ($4,680)": the token list's price ("price unknown" when none) and the wallet's holding across chains.
 * The price arrives after the cards (GET /api/tokens), so while it is `pending` the chip keeps a slot of the price's width:
 * filling it in then does not widen the chip, re-wrap the tags and push the cards below down.
 */
export function ChipFacts({ symbol, quotes, exposure, pending = false }: { symbol: string; quotes?: TokenQuotes; exposure?: Exposure; pending?: boolean }) {
  const quote = quotes?.tokens.find((t) => t.symbol === symbol.toUpperCase());
  const held = holdingOf(exposure, symbol);
  if (!pending && !quote && !held) return null;
  return (
    <span className="token-chip-facts">
      {pending ? <>{' '}<span className="token-chip-price token-chip-price-pending" aria-hidden="true">{'\u00a0'}</span></> : null}
      {!pending && quote ? <>{' '}<span className="token-chip-price">{quote.priceUSD === null ? 'price unknown' : formatUsd(quote.priceUSD)}</span></> : null}
      {held ? ` · you hold ${held.amount.toLocaleString('en-US', { maximumSignificantDigits: 4 })} (${formatUsd(held.valueUSD)})` : ''}
    </span>
  );
}
