import { formatAmount } from '@/domain/amounts';
import type { AmountChoice, AmountInputResult } from '../lib/amount-input';

interface AmountFieldProps {
  symbol: string;
  decimals: number;
  choice: AmountChoice;
  result: AmountInputResult;
  balance: bigint | undefined;
  isNative: boolean;
  gasReserve: bigint;
  disabled?: boolean;
  onChange: (choice: AmountChoice) => void;
}

const PERCENTS = [25, 50] as const;

/** The amount: typed exactly, a share of the balance, or the maximum (keeping gas for the native coin). */
export function AmountField({ symbol, decimals, choice, result, balance, isNative, gasReserve, disabled, onChange }: AmountFieldProps) {
  const shown = choice.kind === 'exact' ? choice.text : result.status === 'ok' ? formatAmount(result.amount, decimals, { significant: 12, maxFractionDigits: decimals, group: false }) : '';
  const error = result.status === 'invalid' ? result.message : undefined;
  return (
    <div className="trade-amount">
      <label className="trade-field trade-amount-input">
        <span>Amount of {symbol}</span>
        <input
          id="trade-amount"
          name="amount"
          inputMode="decimal"
          autoComplete="off"
          placeholder="0.0"
          value={shown}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby="trade-amount-help"
          onChange={(e) => onChange({ kind: 'exact', text: e.target.value })}
        />
      </label>
      <div className="trade-amount-shortcuts" role="group" aria-label="Amount shortcuts">
        {PERCENTS.map((percent) => (
          <button key={percent} type="button" className="btn btn-small" disabled={disabled || !balance} aria-pressed={choice.kind === 'percent' && choice.percent === percent} onClick={() => onChange({ kind: 'percent', percent })}>
            {percent} %
          </button>
        ))}
        <button type="button" className="btn btn-small" disabled={disabled || !balance} aria-pressed={choice.kind === 'max'} onClick={() => onChange({ kind: 'max' })}>
          Max
        </button>
      </div>
      <p id="trade-amount-help" className={error ? 'trade-help trade-help-error' : 'trade-help'} role={error ? 'alert' : undefined}>
        {error ?? (balance === undefined ? 'Balance unknown' : `Balance: ${formatAmount(balance, decimals)} ${symbol}`)}
        {!error && isNative && choice.kind === 'max' ? ` · keeps ${formatAmount(gasReserve, decimals)} ${symbol} for gas` : ''}
      </p>
    </div>
  );
}
