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

/** "ETH $3,120 · you hold 1.5 ($4,680)": the token list's price ("price unknown" when none) and the wallet's holding across chains. */
export function ChipFacts({ symbol, quotes, exposure }: { symbol: string; quotes?: TokenQuotes; exposure?: Exposure }) {
  const quote = quotes?.tokens.find((t) => t.symbol === symbol.toUpperCase());
  const held = holdingOf(exposure, symbol);
  if (!quote && !held) return null;
  return (
    <span className="token-chip-facts">
      {quote ? ` ${quote.priceUSD === null ? 'price unknown' : formatUsd(quote.priceUSD)}` : ''}
      {held ? ` · you hold ${held.amount.toLocaleString('en-US', { maximumSignificantDigits: 4 })} (${formatUsd(held.valueUSD)})` : ''}
    </span>
  );
}
