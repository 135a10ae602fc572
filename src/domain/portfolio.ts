import * as z from 'zod/mini'; // read by the wallet area, loaded with the page; see ./article.ts

const decimalString = z.string().check(z.regex(/^\d+$/, 'must be a non-negative integer in base units'));

const portfolioTokenSchema = z.object({
  symbol: z.string(),
  name: z.string(),
  /** 0x000…000 for the native coin. */
  address: z.string(),
  decimals: z.int().check(z.minimum(0), z.maximum(36)),
  /** Base units, as a decimal string (bigint inside). */
  balance: decimalString,
  priceUSD: z.nullable(z.number()),
  valueUSD: z.nullable(z.number()),
});
export type PortfolioToken = z.infer<typeof portfolioTokenSchema>;

const chainHoldingsSchema = z.object({
  chainId: z.int(),
  name: z.string(),
  status: z.enum(['ok', 'unavailable']),
  error: z.optional(z.string()),
  tokens: z.array(portfolioTokenSchema),
});
export type ChainHoldings = z.infer<typeof chainHoldingsSchema>;

export const portfolioSchema = z.object({
  address: z.string(),
  /** Sum of known USD values on available chains; unknown prices and unavailable chains are not counted. */
  totalUSD: z.number(),
  updatedAt: z.string(),
  chains: z.array(chainHoldingsSchema),
});
export type Portfolio = z.infer<typeof portfolioSchema>;

const chainInfoSchema = z.object({
  id: z.int(),
  key: z.string(),
  name: z.string(),
  nativeSymbol: z.string(),
  explorerUrl: z.string(),
  rpcUrls: z.array(z.string()),
});
export type ChainInfo = z.infer<typeof chainInfoSchema>;
export const chainsResponseSchema = z.object({ chains: z.array(chainInfoSchema), walletConnectProjectId: z.nullable(z.string()) });
export type ChainsResponse = z.infer<typeof chainsResponseSchema>;
