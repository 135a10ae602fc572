import type { Token } from '@lifi/sdk';
import { useEffect, useMemo, useRef, useState } from 'react';
import { isNativeToken } from '@/domain/policy/policy-helpers';
import type { Portfolio } from '@/domain/portfolio';
import type { RoutesParams } from '../api/trade-routes';
import { resolveAmountChoice, type AmountChoice, type AmountInputResult } from '../lib/amount-input';
import { defaultSelection, type TradeSelection } from '../lib/default-selection';
import { gasReserve } from '@/domain/gas-reserve';
import { balanceFromHoldings } from '../lib/policy-context';
import { DEFAULT_SLIPPAGE_TEXT, parseSlippagePercent, type SlippageResult } from '../lib/slippage';
import { selectionForRequest, type TradeHandoff } from '../lib/trade-request';
import { useDebouncedValue } from './use-debounced-value';

export const ROUTES_DEBOUNCE_MS = 450;

interface TradeFormValues extends TradeSelection {
  amount: AmountChoice;
  slippageText: string;
}

const sameAddress = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const keyOf = (params: RoutesParams | undefined) => (params ? JSON.stringify(params) : '');
const pairKey = (pair: { params: RoutesParams | undefined; raw: string }) => `${keyOf(pair.params)}|${pair.raw}`;

/** The trade form's state and everything derived from it: tokens, balance, amount, slippage, the routes request. */
export function useTradeForm(input: { account: string; tokens: readonly Token[]; chainIds: readonly number[]; walletChainId?: number; holdings?: Portfolio; request?: TradeHandoff }) {
  const { account, tokens, chainIds, walletChainId, holdings, request } = input;
  const [values, setValues] = useState<TradeFormValues | undefined>(undefined);
  const [requestProblem, setRequestProblem] = useState<string>();

  // A request from outside (the agent) replaces tokens and amount once per key; the user's slippage stays.
  const appliedRequestKey = useRef<number>(undefined);
  useEffect(() => {
    if (!request || request.key === appliedRequestKey.current || tokens.length === 0) return;
    appliedRequestKey.current = request.key;
    const result = selectionForRequest(request, tokens);
    setRequestProblem(result.ok ? undefined : result.message);
    if (result.ok) setValues((current) => ({ ...result.selection, amount: result.amount, slippageText: current?.slippageText ?? DEFAULT_SLIPPAGE_TEXT }));
  }, [request, tokens]);

  useEffect(() => {
    if (values || tokens.length === 0) return;
    const selection = defaultSelection(tokens, chainIds, walletChainId, holdings);
    if (selection) setValues({ ...selection, amount: { kind: 'exact', text: '' }, slippageText: DEFAULT_SLIPPAGE_TEXT });
  }, [values, tokens, chainIds, walletChainId, holdings]);

  const fromToken = values ? tokens.find((t) => t.chainId === values.fromChainId && sameAddress(t.address, values.fromToken)) : undefined;
  const toToken = values ? tokens.find((t) => t.chainId === values.toChainId && sameAddress(t.address, values.toToken)) : undefined;
  const balance = fromToken ? balanceFromHoldings(holdings, account, fromToken.chainId, fromToken.address) : undefined;
  const native = fromToken ? isNativeToken(fromToken.address) : false;
  const reserve = fromToken ? gasReserve(fromToken.chainId) : 0n;

  const amount: AmountInputResult = values && fromToken
    ? resolveAmountChoice(values.amount, { decimals: fromToken.decimals, symbol: fromToken.symbol, isNative: native }, balance, reserve)
    : { status: 'empty' };
  const slippage: SlippageResult = parseSlippagePercent(values?.slippageText ?? DEFAULT_SLIPPAGE_TEXT);

  let problem: string | undefined;
  if (requestProblem) problem = requestProblem;
  else if (values && fromToken && toToken && fromToken.chainId === toToken.chainId && sameAddress(fromToken.address, toToken.address)) problem = 'Choose a different token to receive.';
  else if (amount.status === 'invalid') problem = amount.message;
  else if (amount.status === 'ok' && balance !== undefined && amount.amount > balance) problem = `That is more ${fromToken?.symbol} than you hold.`;
  else if (!slippage.ok) problem = slippage.message;

  // Plain values, so the params keep their identity while the amount and slippage stay the same.
  const fromAmount = amount.status === 'ok' ? amount.amount : undefined;
  const slippageFraction = slippage.ok ? slippage.fraction : undefined;
  const params = useMemo((): RoutesParams | undefined => {
    if (!fromToken || !toToken || fromAmount === undefined || slippageFraction === undefined || problem) return undefined;
    return { fromChainId: fromToken.chainId, fromTokenAddress: fromToken.address, fromAmount: fromAmount.toString(), toChainId: toToken.chainId, toTokenAddress: toToken.address, account, slippage: slippageFraction };
  }, [fromToken, toToken, fromAmount, slippageFraction, problem, account]);
  // Settles on the raw text too: "12" -> "12." -> "12.5" keeps one amount for a moment but is still typing.
  const raw = values?.amount.kind === 'exact' ? values.amount.text : '';
  const pending = useMemo(() => ({ params, raw }), [params, raw]);
  const settledPair = useDebouncedValue(pending, ROUTES_DEBOUNCE_MS, pairKey);
  const settled = settledPair.params;

  const update = (patch: Partial<TradeFormValues>) => {
    setRequestProblem(undefined);
    setValues((current) => (current ? { ...current, ...patch } : current));
  };
  return { values, update, fromToken, toToken, balance, isNative: native, gasReserve: reserve, amount, slippage, problem, params, settled: params ? settled : undefined, settling: pairKey(pending) !== pairKey(settledPair) };
}
