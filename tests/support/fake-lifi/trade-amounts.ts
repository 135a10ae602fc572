import { formatUnits } from 'viem';
import type { FakeToken } from './fake-lifi';

const SCALE = 10n ** 12n;

/** Converts base units of `from` into base units of `to` at `toPerFrom` whole tokens per whole token. */
export function convertAmount(amount: bigint, from: FakeToken, to: FakeToken, toPerFrom: number): bigint {
  const rate = BigInt(Math.round(toPerFrom * Number(SCALE)));
  return (amount * rate * 10n ** BigInt(to.decimals)) / (SCALE * 10n ** BigInt(from.decimals));
}

export function usdOf(amount: bigint, token: FakeToken): string {
  const price = Number(token.priceUSD ?? '0');
  return (Number(formatUnits(amount, token.decimals)) * price).toFixed(2);
}

export function priceRate(from: FakeToken, to: FakeToken): number | undefined {
  const fromPrice = Number(from.priceUSD);
  const toPrice = Number(to.priceUSD);
  return fromPrice > 0 && toPrice > 0 ? fromPrice / toPrice : undefined;
}
