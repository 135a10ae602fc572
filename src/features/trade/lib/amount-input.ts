import { AmountError, parseAmount } from '@/domain/amounts';

/** How the user chose the amount: typed, a share of the balance, or everything spendable. */
export type AmountChoice = { kind: 'exact'; text: string } | { kind: 'percent'; percent: number } | { kind: 'max' };

export type AmountInputResult =
  | { status: 'empty' }
  | { status: 'invalid'; message: string }
  | { status: 'ok'; amount: bigint };

/**
 * Parses what the user typed into base units with the token's decimals. Never rounds: more decimal
 * places than the token has is an error the user sees. A comma is read as the decimal point.
 */
export function parseAmountInput(text: string, decimals: number, symbol = 'this token'): AmountInputResult {
  const trimmed = text.trim().replace(/\s+/g, '');
  if (trimmed === '') return { status: 'empty' };
  const normalised = !trimmed.includes('.') && (trimmed.match(/,/g) ?? []).length === 1 ? trimmed.replace(',', '.') : trimmed;
  if (!/^\d*\.?\d*$/.test(normalised) || normalised === '.') return { status: 'invalid', message: 'Enter a number such as 12.5.' };
  const fraction = normalised.split('.')[1]?.replace(/0+$/, '') ?? '';
  if (fraction.length > decimals) {
    return { status: 'invalid', message: decimals === 0 ? `${symbol} has no decimal places.` : `${symbol} has at most ${decimals} decimal places.` };
  }
  try {
    const amount = parseAmount(normalised, decimals);
    if (amount === 0n) return { status: 'invalid', message: 'Enter an amount above zero.' };
    return { status: 'ok', amount };
  } catch (error) {
    if (error instanceof AmountError) return { status: 'invalid', message: 'Enter a number such as 12.5.' };
    throw error;
  }
}

/** The most that can be sent: the whole balance of a token, or the native balance minus the gas reserve. */
export function maxSpendable(balance: bigint, isNative: boolean, gasReserve: bigint): bigint {
  if (!isNative) return balance;
  return balance > gasReserve ? balance - gasReserve : 0n;
}

/** A share of the balance (rounded down), never more than what is spendable. */
export function amountForPercent(balance: bigint, percent: number, isNative: boolean, gasReserve: bigint): bigint {
  if (!Number.isInteger(percent) || percent <= 0 || percent > 100) throw new RangeError(`percent must be an integer from 1 to 100, got ${percent}`);
  const share = (balance * BigInt(percent)) / 100n;
  const max = maxSpendable(balance, isNative, gasReserve);
  return share < max ? share : max;
}

/** Resolves any amount choice to base units, or says why it cannot be used. */
export function resolveAmountChoice(
  choice: AmountChoice,
  token: { decimals: number; symbol: string; isNative: boolean },
  balance: bigint | undefined,
  gasReserve: bigint,
): AmountInputResult {
  if (choice.kind === 'exact') return parseAmountInput(choice.text, token.decimals, token.symbol);
  if (balance === undefined) return { status: 'invalid', message: `Your ${token.symbol} balance is not known yet.` };
  const amount = choice.kind === 'max' ? maxSpendable(balance, token.isNative, gasReserve) : amountForPercent(balance, choice.percent, token.isNative, gasReserve);
  if (amount === 0n) {
    return { status: 'invalid', message: token.isNative ? `Your ${token.symbol} balance is below the gas reserve.` : `You hold no ${token.symbol}.` };
  }
  return { status: 'ok', amount };
}
