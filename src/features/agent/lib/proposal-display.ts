import { formatAmount, formatUsd, usdValue } from '@/domain/amounts';
import { formatDuration } from '@/domain/duration';
import { chainName } from '@/domain/chains';
import type { IntentAmount } from '@/domain/intent';
import type { Proposal, ProposalToken } from '@/domain/proposal';

export interface ProposalSide {
  chain: string;
  symbol: string;
  name: string;
  /** Display amount; null when there is no route estimate for the receiving side. */
  amount: string | null;
  usd: string | null;
  /** Only http(s) logos are shown; anything else is dropped. */
  logoURI: string | null;
}

interface ProposalRouteView {
  tools: string;
  minimumReceived: string;
  costs: string;
  duration: string;
}

interface ProposalView {
  title: string;
  from: ProposalSide;
  to: ProposalSide;
  /** How the amount was asked for when it was not a plain number ("50% of your USDC"); null otherwise. */
  requested: string | null;
  route: ProposalRouteView | null;
  /** Accessible one-line description of the whole proposal. */
  label: string;
}

function safeLogo(uri: string | undefined): string | null {
  if (!uri) return null;
  try {
    const url = new URL(uri);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

function side(token: ProposalToken, chainId: number, amount: bigint | null, usd: number | null): ProposalSide {
  return {
    chain: chainName(chainId),
    symbol: token.symbol,
    name: token.name,
    amount: amount === null ? null : formatAmount(amount, token.decimals),
    usd: usd === null ? null : formatUsd(usd),
    logoURI: safeLogo(token.logoURI),
  };
}

export function describeRequestedAmount(amount: IntentAmount, symbol: string): string | null {
  switch (amount.type) {
    case 'exact':
      return null;
    case 'percent':
      return `${amount.value}% of your ${symbol}`;
    case 'max':
      return `all your spendable ${symbol}`;
    case 'usd':
      return `$${amount.value} worth of ${symbol}`;
  }
}

function costs(gas: number | null, fees: number | null): string {
  if (gas === null && fees === null) return 'unknown';
  const total = formatUsd((gas ?? 0) + (fees ?? 0));
  return `${total} (gas ${formatUsd(gas)}, fees ${formatUsd(fees)})`;
}

/** Everything a proposal card shows, formatted from base units with each token's own decimals. */
export function describeProposal(proposal: Proposal): ProposalView {
  const { route, fromToken, toToken } = proposal;
  const fromAmount = BigInt(proposal.fromAmount);
  const fromUsd = route?.fromAmountUSD ?? usdValue(fromAmount, fromToken.decimals, fromToken.priceUSD);
  const from = side(fromToken, proposal.fromChainId, fromAmount, fromUsd);
  const to = side(toToken, proposal.toChainId, route ? BigInt(route.toAmount) : null, route?.toAmountUSD ?? null);
  const title = proposal.kind === 'swap' ? `Swap on ${from.chain}` : `Bridge ${from.chain} → ${to.chain}`;
  const routeView: ProposalRouteView | null = route
    ? {
        tools: route.tools.length > 0 ? route.tools.join(' → ') : 'LI.FI',
        minimumReceived: `${formatAmount(BigInt(route.toAmountMin), toToken.decimals)} ${toToken.symbol}`,
        costs: costs(route.gasCostUSD, route.feeCostUSD),
        duration: formatDuration(route.durationSeconds),
      }
    : null;
  const receive = to.amount ? `about ${to.amount} ${to.symbol}` : to.symbol;
  return {
    title,
    from,
    to,
    requested: describeRequestedAmount(proposal.requestedAmount, fromToken.symbol),
    route: routeView,
    label: `${title}: ${from.amount} ${from.symbol} on ${from.chain} for ${receive} on ${to.chain}`,
  };
}
