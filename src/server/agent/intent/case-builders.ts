import { MAX_AMOUNT_VALUE, UNKNOWN_INTENT, type Intent, type IntentAmount } from '@/domain/intent';

/** Builders for the phrasing table: each row states every field of the expected Intent. */
export const ETHEREUM = 1, OPTIMISM = 10, BSC = 56, GNOSIS = 100, UNICHAIN = 130, POLYGON = 137, SONIC = 146;
export const MANTLE = 5000, BASE = 8453, ARBITRUM = 42161, CELO = 42220, AVALANCHE = 43114, LINEA = 59144;
export const BLAST = 81457, SCROLL = 534352;

export const exact = (value: string): IntentAmount => ({ type: 'exact', value });
export const pct = (value: string): IntentAmount => ({ type: 'percent', value });
export const usd = (value: string): IntentAmount => ({ type: 'usd', value });
export const MAX: IntentAmount = { type: 'max', value: MAX_AMOUNT_VALUE };
type Amount = IntentAmount | null;
type Chain = number | null;

/** One chain (or none) for the whole swap. */
export const swap = (fromToken: string | null, toToken: string | null, chain: Chain, amount: Amount = null): Intent => ({
  kind: 'swap', fromChainId: chain, toChainId: chain, fromToken, toToken, amount,
});
export const bridge = (token: [string | null, string | null], from: Chain, to: Chain, amount: Amount = null): Intent => ({
  kind: 'bridge', fromChainId: from, toChainId: to, fromToken: token[0], toToken: token[1], amount,
});
export const holdings = (chain: Chain = null, token: string | null = null): Intent => ({
  kind: 'portfolio', fromChainId: chain, toChainId: chain, fromToken: token, toToken: null, amount: null,
});
export const UNKNOWN: Intent = UNKNOWN_INTENT;
