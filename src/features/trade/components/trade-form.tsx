import type { Token } from '@lifi/sdk';
import type { useTradeForm } from '../hooks/use-trade-form';
import { AmountField } from './amount-field';
import { SlippageField } from './slippage-field';
import { TokenSelect } from './token-select';

interface TradeFormProps {
  form: ReturnType<typeof useTradeForm>;
  tokens: readonly Token[];
  chainIds: readonly number[];
  disabled: boolean;
}

/** From (chain, token, amount), to (chain, token) and the slippage setting. Inputs survive every error. */
export function TradeForm({ form, tokens, chainIds, disabled }: TradeFormProps) {
  const { values, fromToken } = form;
  if (!values) return null;
  return (
    <form className="trade-form" onSubmit={(e) => e.preventDefault()} aria-label="Trade">
      <TokenSelect idPrefix="trade-from" legend="You send" chainIds={chainIds} tokens={tokens} chainId={values.fromChainId} tokenAddress={values.fromToken} disabled={disabled}
        onChange={(fromChainId, token) => form.update({ fromChainId, fromToken: token })} />
      {fromToken ? (
        <AmountField symbol={fromToken.symbol} decimals={fromToken.decimals} choice={values.amount} result={form.amount} balance={form.balance} isNative={form.isNative} gasReserve={form.gasReserve} disabled={disabled}
          onChange={(amount) => form.update({ amount })} />
      ) : null}
      <button type="button" className="btn btn-ghost trade-flip" disabled={disabled} aria-label="Swap the send and receive sides"
        onClick={() => form.update({ fromChainId: values.toChainId, fromToken: values.toToken, toChainId: values.fromChainId, toToken: values.fromToken, amount: { kind: 'exact', text: '' } })}>
        ⇅
      </button>
      <TokenSelect idPrefix="trade-to" legend="You receive" chainIds={chainIds} tokens={tokens} chainId={values.toChainId} tokenAddress={values.toToken} disabled={disabled}
        onChange={(toChainId, token) => form.update({ toChainId, toToken: token })} />
      <SlippageField text={values.slippageText} result={form.slippage} disabled={disabled} onChange={(slippageText) => form.update({ slippageText })} />
      {form.problem && form.amount.status !== 'invalid' && form.slippage.ok ? <p className="trade-help trade-help-error" role="alert">{form.problem}</p> : null}
    </form>
  );
}
