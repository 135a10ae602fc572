import type { QueryKey } from '@tanstack/react-query';
import type { Portfolio } from '@/domain/portfolio';

/**
 * What the trade panel needs of the portfolio's query options for an address: the key and a fetcher of
 * the holdings. app/ passes the portfolio feature's own factory, so features stay apart and the
 * portfolio feature keeps its key's exact shape (any react-query options object with these fits).
 */
export interface HoldingsQueryOptions {
  readonly queryKey: QueryKey;
  // Method syntax on purpose: a factory's queryFn takes a context with its own exact key type.
  queryFn?(context: { readonly signal: AbortSignal }): Portfolio | Promise<Portfolio>;
}

/** The portfolio's query options for an address (composed in app/). */
export type HoldingsQuery = (address: string) => HoldingsQueryOptions;
