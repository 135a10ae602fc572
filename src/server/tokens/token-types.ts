import type { Address } from 'viem';

/** A token from the verified list (LI.FI /tokens, or the bundled fallback). */
export interface ListedToken {
  chainId: number;
  /** Checksummed; 0x000…000 for the native coin. */
  address: Address;
  symbol: string;
  name: string;
  /** 0..36, validated. */
  decimals: number;
  coinKey?: string;
  logoURI?: string;
  /** Null when the list has no usable price (the fallback list never has prices). */
  priceUSD: number | null;
}

export type TokenListSource = 'lifi' | 'fallback';

export interface TokenList {
  source: TokenListSource;
  /** Epoch ms when this list was fetched (or built, for the fallback). */
  fetchedAt: number;
  /** Every verified token per supported chain id, in list order. */
  byChain: ReadonlyMap<number, readonly ListedToken[]>;
}
