import { formatAmount } from '@/domain/amounts';
import type { RateUpdatePrompt as Prompt } from '../hooks/use-trade-run';

/** LI.FI re-quoted at signing time and the amount fell beyond the slippage: the user decides. */
export function RateUpdatePrompt({ prompt }: { prompt: Prompt }) {
  const { toToken, oldToAmount, newToAmount } = prompt.params;
  const before = /^\d+$/.test(oldToAmount) ? BigInt(oldToAmount) : 0n;
  const after = /^\d+$/.test(newToAmount) ? BigInt(newToAmount) : 0n;
  const drop = before > 0n ? Number(((before - after) * 10_000n) / before) / 100 : 0;
  return (
    <div className="trade-notice trade-notice-warn" role="alertdialog" aria-label="The rate changed" data-testid="rate-update">
      <p className="trade-notice-title">The rate changed while preparing your transaction.</p>
      <p>You would now receive about {formatAmount(after, toToken.decimals)} {toToken.symbol} instead of {formatAmount(before, toToken.decimals)} {toToken.symbol} ({drop.toFixed(2)} % less).</p>
      <div className="trade-actions">
        <button type="button" className="btn btn-primary btn-small" onClick={() => prompt.answer(true)}>Accept the new rate</button>
        <button type="button" className="btn btn-small" onClick={() => prompt.answer(false)}>Decline</button>
      </div>
    </div>
  );
}
