import { AmountError, formatAmount, parseAmount } from '@/domain/amounts';
import { chainName, NATIVE_TOKEN_ADDRESS } from '@/domain/chains';
import type { IntentAmount } from '@/domain/intent';

export interface AmountToken {
  symbol: string;
  address: string;
  decimals: number;
  priceUSD: number | null;
}

type AmountResolution = { ok: true; amount: bigint } | { ok: false; reason: string };

const PERCENT_SCALE = 6;
const USD_SCALE = 12;

function show(value: bigint, token: AmountToken): string {
  return `${formatAmount(value, token.decimals)} ${token.symbol}`;
}

function fail(reason: string): AmountResolution {
  return { ok: false, reason };
}

/**
 * Turns a requested amount into base units against the REAL balance on that chain. Percent and max
 * are shares of the spendable balance (the native coin keeps a gas reserve); an exact or USD amount
 * must fit the balance. Never rounds up, never assumes 18 decimals.
 */
export function resolveAmount(amount: IntentAmount, token: AmountToken, balance: bigint, chainId: number, reserve: bigint): AmountResolution {
  const native = token.address === NATIVE_TOKEN_ADDRESS;
  const chain = chainName(chainId);
  if (balance <= 0n) return fail(`you hold no ${token.symbol} on ${chain}`);
  const spendable = native ? (balance > reserve ? balance - reserve : 0n) : balance;
  let wanted: bigint;
  try {
    if (amount.type === 'max' || amount.type === 'percent') {
      const share = amount.type === 'max' ? 100n * 10n ** BigInt(PERCENT_SCALE) : parseAmount(amount.value, PERCENT_SCALE);
      wanted = (spendable * share) / (100n * 10n ** BigInt(PERCENT_SCALE));
    } else if (amount.type === 'usd') {
      if (token.priceUSD === null || !(token.priceUSD > 0)) return fail(`there is no USD price for ${token.symbol} on ${chain}, so a dollar amount cannot be converted`);
      const usd = parseAmount(amount.value, USD_SCALE);
      const price = BigInt(Math.round(token.priceUSD * 10 ** USD_SCALE));
      if (price <= 0n) return fail(`the USD price of ${token.symbol} is too small to convert a dollar amount`);
      wanted = (usd * 10n ** BigInt(token.decimals)) / price;
    } else {
      wanted = parseAmount(amount.value, token.decimals);
    }
  } catch (error) {
    if (error instanceof AmountError) return fail(`the amount ${amount.value} does not fit ${token.symbol} (${token.decimals} decimals)`);
    throw error;
  }
  if (wanted <= 0n) {
    return native && spendable === 0n
      ? fail(`your ${show(balance, token)} on ${chain} is needed for gas (${show(reserve, token)} is kept)`)
      : fail(`that amount of ${token.symbol} rounds to zero`);
  }
  if (wanted > balance) return fail(`you hold only ${show(balance, token)} on ${chain}`);
  if (native && wanted > spendable) {
    return fail(`spending ${show(wanted, token)} on ${chain} would leave too little for gas; at most ${show(spendable, token)} can be spent`);
  }
  return { ok: true, amount: wanted };
}
