import { chainName } from '@/domain/chains';
import type { IntentAmount } from '@/domain/intent';

/** "50 USDC", "half of your USDC", "all your ETH", "$100 worth of ETH". */
export function describeAmount(amount: IntentAmount, symbol: string): string {
  switch (amount.type) {
    case 'exact':
      return `${amount.value} ${symbol}`;
    case 'usd':
      return `$${amount.value} worth of ${symbol}`;
    case 'max':
      return `all your ${symbol} (keeping gas if it is the native coin)`;
    case 'percent':
      return amount.value === '50' ? `half of your ${symbol}` : `${amount.value}% of your ${symbol}`;
  }
}

export interface TradeReading {
  fromChainId: number;
  toChainId: number;
  fromToken: string;
  toToken: string;
  amount: IntentAmount;
}

/** One sentence for what a trade does: "swap half of your USDC on Arbitrum for ETH". */
export function describeTrade(t: TradeReading): string {
  const what = describeAmount(t.amount, t.fromToken);
  if (t.fromChainId === t.toChainId) return `swap ${what} on ${chainName(t.fromChainId)} for ${t.toToken}`;
  const receive = t.toToken === t.fromToken ? '' : ` as ${t.toToken}`;
  return `bridge ${what} from ${chainName(t.fromChainId)} to ${chainName(t.toChainId)}${receive}`;
}

/** "Base", "Base and Arbitrum", "Base, Arbitrum and Optimism". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
