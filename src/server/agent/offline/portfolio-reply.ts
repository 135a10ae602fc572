import { formatAmount, formatUsd } from '@/domain/amounts';
import { chainName } from '@/domain/chains';
import type { Intent } from '@/domain/intent';
import type { ChainHoldings, Portfolio, PortfolioToken } from '@/domain/portfolio';
import { listWords } from './describe';

const TOKENS_PER_CHAIN = 6;

function holding(t: PortfolioToken): string {
  const usd = t.valueUSD === null ? '' : ` (${formatUsd(t.valueUSD)})`;
  return `${formatAmount(BigInt(t.balance), t.decimals)} ${t.symbol}${usd}`;
}

function chainLine(chain: ChainHoldings): string {
  const shown = chain.tokens.slice(0, TOKENS_PER_CHAIN).map(holding);
  const more = chain.tokens.length > TOKENS_PER_CHAIN ? ` and ${chain.tokens.length - TOKENS_PER_CHAIN} more` : '';
  return `${listWords(shown)}${more}`;
}

function unavailableNote(portfolio: Portfolio): string {
  const down = portfolio.chains.filter((c) => c.status !== 'ok').map((c) => c.name);
  return down.length ? ` Balances on ${listWords(down)} are unknown right now (their RPC did not answer), so they are not counted.` : '';
}

/** Answers "what do I hold (on X)" and "how much Y do I have" from the real balances. Pure. */
export function describePortfolio(portfolio: Portfolio, intent: Pick<Intent, 'fromChainId' | 'fromToken'>): string {
  if (intent.fromChainId !== null) {
    const chain = portfolio.chains.find((c) => c.chainId === intent.fromChainId);
    const name = chainName(intent.fromChainId);
    if (!chain || chain.status !== 'ok') return `Balances on ${name} are unknown right now (its RPC did not answer); try again in a moment.`;
    const tokens = intent.fromToken ? chain.tokens.filter((t) => t.symbol.toUpperCase() === intent.fromToken) : chain.tokens;
    if (tokens.length === 0) return intent.fromToken ? `You hold no ${intent.fromToken} on ${name}.` : `You hold nothing on ${name} that I track.`;
    return `On ${name} you hold ${chainLine({ ...chain, tokens })}.`;
  }
  const held = portfolio.chains.filter((c) => c.status === 'ok' && c.tokens.length > 0);
  if (intent.fromToken) {
    const symbol = intent.fromToken;
    const lines = held.flatMap((c) => c.tokens.filter((t) => t.symbol.toUpperCase() === symbol).map((t) => `${holding(t)} on ${c.name}`));
    const answer = lines.length ? `You hold ${listWords(lines)}.` : `You hold no ${symbol} on the chains I could read.`;
    return answer + unavailableNote(portfolio);
  }
  if (held.length === 0) return `I found nothing on the chains I could read.${unavailableNote(portfolio)}`;
  const lines = held.map((c) => `on ${c.name} ${chainLine(c)}`);
  return `You hold ${formatUsd(portfolio.totalUSD)} in total: ${lines.join('; ')}.${unavailableNote(portfolio)}`;
}
