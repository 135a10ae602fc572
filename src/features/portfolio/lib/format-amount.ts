const GROUPING = /\B(?=(\d{3})+(?!\d))/g;

/** How many fraction digits are worth showing: fewer as the whole part grows. */
function fractionDigitsFor(whole: bigint): number {
  if (whole >= 1000n) return 2;
  if (whole >= 1n) return 4;
  return 6;
}

/**
 * Base units + decimals -> "1,234.5". Truncates (never rounds up a balance), trims trailing zeros,
 * and shows "<0.000001" for a non-zero amount too small to print.
 */
export function formatTokenAmount(balance: bigint, decimals: number, maxFractionDigits?: number): string {
  if (!Number.isInteger(decimals) || decimals < 0) throw new RangeError(`decimals must be a non-negative integer, got ${decimals}`);
  const negative = balance < 0n;
  const value = negative ? -balance : balance;
  const scale = 10n ** BigInt(decimals);
  const whole = value / scale;
  const digits = Math.min(maxFractionDigits ?? fractionDigitsFor(whole), decimals);
  const fraction = value % scale;
  const shown = digits === 0 ? '' : fraction.toString().padStart(decimals, '0').slice(0, digits).replace(/0+$/, '');
  const sign = negative ? '-' : '';
  if (whole === 0n && shown === '' && value !== 0n) return `${sign}<0.${'0'.repeat(Math.max(digits - 1, 0))}1`;
  const wholeText = whole.toString().replace(GROUPING, ',');
  return `${sign}${wholeText}${shown ? `.${shown}` : ''}`;
}
