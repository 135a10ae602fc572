import { z } from 'zod';
import { addressSchema } from '@/domain/address';
import { usdValue } from '@/domain/amounts';
import type { TradeHandoff } from './trade-request';
import type { TradeThesis } from './trade-slots';

/** What a history entry remembers of why and at what value a trade started. Optional: older entries have none. */
export const journalSchema = z.object({
  articleId: z.string().min(1).max(200).optional(),
  articleTitle: z.string().min(1).max(300).optional(),
  reason: z.string().min(1).max(600).optional(),
  fromUSD: z.number().nonnegative().nullable(),
  toUSD: z.number().nonnegative().nullable(),
  toTokenAddress: addressSchema,
});
export type Journal = z.infer<typeof journalSchema>;

interface RouteLike {
  fromChainId: number;
  toChainId: number;
  fromAmountUSD?: string;
  toAmountUSD?: string;
  fromToken: { address: string };
  toToken: { address: string };
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const usd = (text: string | undefined) => {
  const value = Number(text);
  return text !== undefined && text !== '' && Number.isFinite(value) && value >= 0 ? value : null;
};

/** The hand-off's reason and article, when the route still trades exactly the handed-off tokens (the user may have changed them). */
export function thesisFor(request: TradeHandoff | undefined, route: RouteLike): TradeThesis | undefined {
  if (!request?.thesis) return undefined;
  const sameTrade = request.fromChainId === route.fromChainId && request.toChainId === route.toChainId
    && same(request.fromTokenAddress, route.fromToken.address) && same(request.toTokenAddress, route.toToken.address);
  return sameTrade ? request.thesis : undefined;
}

/** The journal of a trade at the moment it starts: why, and the USD values LI.FI quoted. */
export function journalStart(route: RouteLike, thesis: TradeThesis | undefined): Journal {
  return { ...thesis, fromUSD: usd(route.fromAmountUSD), toUSD: usd(route.toAmountUSD), toTokenAddress: route.toToken.address as Journal['toTokenAddress'] };
}

/** What was received, valued now with the token list's current price (null when the token or its price is unknown). */
export function valueNow(entry: { toAmount: string; toDecimals: number; toChainId: number; journal?: Journal }, tokens: readonly { chainId: number; address: string; priceUSD?: string | number | null }[]): number | null {
  if (!entry.journal) return null;
  const token = tokens.find((t) => t.chainId === entry.toChainId && same(t.address, entry.journal!.toTokenAddress));
  const price = token?.priceUSD === undefined || token.priceUSD === null ? null : Number(token.priceUSD);
  return price === null || !Number.isFinite(price) ? null : usdValue(BigInt(entry.toAmount), entry.toDecimals, price);
}
