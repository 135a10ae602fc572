import { chainName } from '@/domain/chains';
import type { Exposure } from '@/domain/market/market-schemas';

/** "31 %" (one decimal under 10 %). */
export function formatShare(share: number): string {
  const percent = share * 100;
  return `${percent < 10 ? percent.toFixed(1) : Math.round(percent)} %`;
}

/** "this story concerns 31 % of your portfolio: ARB on Arbitrum, OP on Optimism". */
export function exposureSentence(exposure: Exposure): string {
  const where = exposure.tokens.slice(0, 4).map((t) => `${t.symbol} on ${chainName(t.chainId)}`);
  const more = exposure.tokens.length > 4 ? ` and ${exposure.tokens.length - 4} more` : '';
  return `This story concerns ${formatShare(exposure.share)} of your portfolio: ${where.join(', ')}${more}.`;
}

/** "exposure excludes Polygon, Celo: unavailable", or null when every chain was read. */
export function exclusionSentence(exposure: Exposure): string | null {
  const parts: string[] = [];
  if (exposure.excludedChains?.length) parts.push(`exposure excludes ${exposure.excludedChains.map((c) => c.name).join(', ')}: unavailable`);
  if (exposure.unpriced?.length) parts.push(`${[...new Set(exposure.unpriced.map((t) => t.symbol))].join(', ')} not counted: price unknown`);
  return parts.length ? `${parts.join('; ')}.` : null;
}

/** What the wallet holds of one symbol across chains: amount (as a number for display) and USD. */
export function holdingOf(exposure: Exposure | undefined, symbol: string): { amount: number; valueUSD: number } | null {
  const rows = exposure?.tokens.filter((t) => t.symbol.toUpperCase() === symbol.toUpperCase()) ?? [];
  if (rows.length === 0) return null;
  return {
    amount: rows.reduce((sum, t) => sum + Number(t.balance) / 10 ** t.decimals, 0),
    valueUSD: rows.reduce((sum, t) => sum + t.valueUSD, 0),
  };
}
