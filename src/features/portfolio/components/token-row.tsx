import { formatUsd } from '@/domain/amounts';
import type { PortfolioToken } from '@/domain/portfolio';
import { formatTokenAmount } from '../lib/format-amount';

/** One holding: symbol and name, amount, USD value ("price unknown" when there is no price). */
export function TokenRow({ token }: { token: PortfolioToken }) {
  const amount = formatTokenAmount(BigInt(token.balance), token.decimals);
  const unknown = token.valueUSD === null;
  return (
    <li className="token-row" data-symbol={token.symbol}>
      <span className="token-id">
        <span className="token-symbol">{token.symbol}</span>
        <span className="token-name">{token.name}</span>
      </span>
      <span className="token-amount">{amount} {token.symbol}</span>
      <span className={unknown ? 'token-usd token-usd-unknown' : 'token-usd'}>{formatUsd(token.valueUSD, 'price unknown')}</span>
    </li>
  );
}
