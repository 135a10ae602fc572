/** Amount maths on bigint base units. Decimals always come from the token list; these helpers never assume 18. */

export const MAX_TOKEN_DECIMALS = 36;

export class AmountError extends Error {}

function checkDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_TOKEN_DECIMALS) {
    throw new AmountError(`decimals must be an integer from 0 to ${MAX_TOKEN_DECIMALS}, got ${decimals}`);
  }
}

/**
 * Parses a human decimal string ("12.5") into base units. Refuses more fractional digits than the
 * token has instead of rounding, so an amount is never silently changed.
 */
export function parseAmount(text: string, decimals: number): bigint {
  checkDecimals(decimals);
  const trimmed = text.trim().replace(/_/g, '');
  const match = /^(\d*)(?:\.(\d*))?$/.exec(trimmed);
  if (!match || trimmed === '' || trimmed === '.') throw new AmountError(`"${text}" is not a decimal number`);
  const whole = match[1] ?? '';
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > decimals) {
    throw new AmountError(`"${text}" has more than ${decimals} decimal places`);
  }
  return BigInt((whole || '0') + fraction.padEnd(decimals, '0'));
}

/** Exact decimal string of a base-unit amount ("1234.5"), no grouping, no trailing zeros. */
export function formatUnitsExact(value: bigint, decimals: number): string {
  checkDecimals(decimals);
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

interface FormatAmountOptions {
  /** Significant digits shown in total; the integer part is always shown whole (default 6). */
  significant?: number;
  /** Below 10^-maxFractionDigits a positive amount shows as "<0.00…1" (default 8). */
  maxFractionDigits?: number;
  /** Thousands separators in the integer part (default true). */
  group?: boolean;
}

/**
 * Display form of a base-unit amount. Rounds down (a balance is never shown larger than it is): the
 * whole integer part is kept, the fraction only until `significant` digits are shown in total.
 */
export function formatAmount(value: bigint, decimals: number, options: FormatAmountOptions = {}): string {
  const { significant = 6, maxFractionDigits = 8, group = true } = options;
  const exact = formatUnitsExact(value < 0n ? -value : value, decimals);
  const sign = value < 0n ? '-' : '';
  const [whole = '0', fraction = ''] = exact.split('.');
  const wholeDigits = whole === '0' ? 0 : whole.length;
  let kept: string;
  if (wholeDigits > 0) {
    kept = fraction.slice(0, Math.max(significant - wholeDigits, 0));
  } else {
    const leadingZeros = fraction.length - fraction.replace(/^0+/, '').length;
    kept = fraction.slice(0, Math.min(leadingZeros + significant, maxFractionDigits));
  }
  kept = kept.slice(0, maxFractionDigits).replace(/0+$/, '');
  if (wholeDigits === 0 && kept === '' && value !== 0n) return `${sign}<0.${'0'.repeat(maxFractionDigits - 1)}1`;
  const groupedWhole = group ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  return `${sign}${groupedWhole}${kept ? `.${kept}` : ''}`;
}

/** USD value of a base-unit amount at `priceUSD`; null when the price is unknown (never 0 for "unknown"). */
export function usdValue(value: bigint, decimals: number, priceUSD: number | null): number | null {
  if (priceUSD === null || !Number.isFinite(priceUSD) || priceUSD < 0) return null;
  return Number(formatUnitsExact(value, decimals)) * priceUSD;
}

/**
 * "$1,234.56"; values under a cent but above zero show as "<$0.01"; an unknown value shows as `unknownLabel`
 * ("unknown" by default), never as $0.
 */
export function formatUsd(valueUSD: number | null | undefined, unknownLabel = 'unknown'): string {
  if (valueUSD === null || valueUSD === undefined || !Number.isFinite(valueUSD)) return unknownLabel;
  if (valueUSD > 0 && valueUSD < 0.01) return '<$0.01';
  return valueUSD.toLocaleString('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
