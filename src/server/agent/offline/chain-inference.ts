import { chainName } from '@/domain/chains';
import type { Intent } from '@/domain/intent';
import type { Portfolio } from '@/domain/portfolio';
import { describeAmount, listWords, type TradeReading } from './describe';

type Inference = { ok: true; reading: TradeReading; note: string | null } | { ok: false; question: string };

function holders(portfolio: Portfolio, symbol: string, exclude: number | null): number[] {
  return portfolio.chains
    .filter((c) => c.status === 'ok' && c.chainId !== exclude)
    .filter((c) => c.tokens.some((t) => t.symbol.toUpperCase() === symbol && BigInt(t.balance) > 0n))
    .map((c) => c.chainId);
}

/**
 * Completes a swap or bridge intent from the user's holdings, or says what to ask. It never guesses
 * between several chains: a missing source chain is filled only when exactly one chain holds the token.
 */
export function inferTrade(intent: Intent, portfolio: Portfolio): Inference {
  const verb = intent.kind === 'bridge' ? 'bridge' : 'swap';
  if (!intent.fromToken) return { ok: false, question: `Which token do you want to ${verb}, and how much? For example "${verb} 50 USDC …".` };
  if (!intent.toToken) return { ok: false, question: `Which token do you want to receive for your ${intent.fromToken}?` };
  if (!intent.amount) return { ok: false, question: `How much ${intent.fromToken} do you want to ${verb}? For example "50 ${intent.fromToken}", "half" or "$100 worth".` };
  const amount = intent.amount;
  let fromChainId = intent.fromChainId;
  let note: string | null = null;
  if (fromChainId === null) {
    const found = holders(portfolio, intent.fromToken, intent.kind === 'bridge' ? intent.toChainId : null);
    const unknown = portfolio.chains.filter((c) => c.status !== 'ok').map((c) => c.name);
    if (found.length === 1) {
      fromChainId = found[0]!;
      note = `You hold ${intent.fromToken} only on ${chainName(fromChainId)}${unknown.length ? ' (of the chains I could read)' : ''}, so I used ${chainName(fromChainId)}.`;
    } else if (found.length > 1) {
      return { ok: false, question: `You hold ${intent.fromToken} on ${listWords(found.map(chainName))}. Which chain should I ${verb} ${describeAmount(amount, intent.fromToken)} from?` };
    } else {
      const unread = unknown.length ? ` Balances on ${listWords(unknown)} are unknown right now.` : '';
      return { ok: false, question: `I cannot find ${intent.fromToken} in your balances on the chains I could read.${unread} Which chain did you mean?` };
    }
  }
  let toChainId = intent.toChainId;
  if (toChainId === null) {
    if (intent.kind === 'bridge') return { ok: false, question: `To which chain do you want to bridge your ${intent.fromToken} from ${chainName(fromChainId)}?` };
    toChainId = fromChainId;
  }
  return { ok: true, reading: { fromChainId, toChainId, fromToken: intent.fromToken, toToken: intent.toToken, amount }, note };
}
