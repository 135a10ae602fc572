import type { SlippageResult } from '../lib/slippage';

/** The slippage setting in percent: default 0.5 %, at most 3 % (the policy refuses anything above). */
export function SlippageField({ text, result, disabled, onChange }: { text: string; result: SlippageResult; disabled?: boolean; onChange: (text: string) => void }) {
  return (
    <details className="trade-settings" open={!result.ok || undefined}>
      <summary>Slippage: {result.ok ? `${(result.fraction * 100).toFixed(2).replace(/\.?0+$/, '')} %` : 'invalid'}</summary>
      <label className="trade-field">
        <span>Maximum slippage (%)</span>
        <input
          id="trade-slippage"
          inputMode="decimal"
          autoComplete="off"
          value={text}
          disabled={disabled}
          aria-invalid={!result.ok || undefined}
          aria-describedby="trade-slippage-help"
          onChange={(e) => onChange(e.target.value)}
        />
      </label>
      <p id="trade-slippage-help" className={result.ok ? 'trade-help' : 'trade-help trade-help-error'} role={result.ok ? undefined : 'alert'}>
        {result.ok ? 'You receive at least the estimate minus this share, or the trade does not happen. At most 3 %.' : result.message}
      </p>
    </details>
  );
}
