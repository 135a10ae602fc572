import { formatAmount } from '@/domain/amounts';
import type { RateUpdatePrompt as Prompt } from '../hooks/use-trade-run';
import { rateUpdateFigures } from '../lib/rate-update';

/** LI.FI re-quoted at signing time and the amount fell beyond the slippage: the user decides. */
export function RateUpdatePrompt({ prompt }: { prompt: Prompt }) {
  const { toToken } = prompt.params;
  const { before, after, minimum, dropPercent, slippage } = rateUpdateFigures(prompt.params, prompt.slippage);
  const amount = (value: bigint) => `${formatAmount(value, toToken.decimals)} ${toToken.symbol}`;
  return (
    <div className="trade-notice trade-notice-warn" role="alertdialog" aria-label="The rate changed" data-testid="rate-update">
      <p className="trade-notice-title">The rate changed while preparing your transaction.</p>
      <p>You would now receive about {amount(after)} instead of {amount(before)} ({dropPercent.toFixed(2)} % less).</p>
      <p data-testid="rate-update-minimum">With your {+(slippage * 100).toFixed(2)} % slippage you would receive at least {amount(minimum)}, or nothing happens.</p>
      <div className="trade-actions">
        <button type="button" className="btn btn-primary btn-small" onClick={() => prompt.answer(true)}>Accept the new rate</button>
        <button type="button" className="btn btn-small" onClick={() => prompt.answer(false)}>Decline</button>
      </div>
    </div>
  );
}
