import { z } from 'zod';
import { addressSchema } from '@/domain/address';
import { lifiTokenSchema } from '@/domain/lifi-token';
import { journalSchema } from './journal';

const address = addressSchema;
const baseUnits = z.string().regex(/^\d{1,78}$/);
const token = lifiTokenSchema;
const action = z.object({
  type: z.string().max(40),
  status: z.string().max(40),
  chainId: z.number().int().optional(),
  txHash: z.string().regex(/^0x[0-9a-fA-F]{64}$/).optional(),
  substatus: z.string().max(80).optional(),
}).passthrough();
const step = z.object({
  id: z.string().min(1).max(200),
  tool: z.string().max(80).optional(),
  action: z.object({ fromChainId: z.number().int(), toChainId: z.number().int(), fromAmount: baseUnits, fromToken: token, toToken: token, fromAddress: address }).passthrough(),
  estimate: z.object({ executionDuration: z.number().min(0).optional() }).passthrough(),
  execution: z.object({ status: z.string().max(40), actions: z.array(action).max(20) }).passthrough().optional(),
}).passthrough();
/** A LI.FI RouteExtended as the SDK left it; enough is checked that resuming it cannot go astray. */
const storedRoute = z.object({ id: z.string().min(1).max(200), fromChainId: z.number().int(), toChainId: z.number().int(), fromAmount: baseUnits, toAmount: baseUnits, steps: z.array(step).min(1).max(10) }).passthrough();

const HISTORY_PHASES = ['not-started', 'signing', 'in-flight', 'done', 'partial', 'refunded', 'failed', 'cancelled'] as const;
export type HistoryPhase = (typeof HISTORY_PHASES)[number];

const historyEntrySchema = z.object({
  routeId: z.string().min(1).max(200),
  account: address,
  startedAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
  phase: z.enum(HISTORY_PHASES),
  fromChainId: z.number().int(),
  toChainId: z.number().int(),
  fromSymbol: z.string().max(40),
  toSymbol: z.string().max(40),
  fromAmount: baseUnits,
  fromDecimals: z.number().int().min(0).max(36),
  toAmount: baseUnits,
  toDecimals: z.number().int().min(0).max(36),
  estimatedSeconds: z.number().min(0),
  /** The last plain-words explanation shown (outcome, error). */
  note: z.string().max(600).optional(),
  lifiExplorerUrl: z.string().url().max(300).optional(),
  /** Why it started and its USD values then; absent in entries stored before the journal existed. */
  journal: journalSchema.optional(),
  route: storedRoute,
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const MAX_HISTORY = 25;

export function historyKey(account: string): string {
  return `market-companion:trade-history:v1:${account.toLowerCase()}`;
}

/**
 * Reads the stored history of one account. Anything malformed is dropped entry by entry; an entry
 * for another account, or whose route sends from another account, is never shown or resumed.
 */
export function parseHistory(raw: string | null, account: string): HistoryEntry[] {
  if (!raw) return [];
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(json)) return [];
  const own = account.toLowerCase();
  const entries: HistoryEntry[] = [];
  for (const item of json.slice(0, MAX_HISTORY)) {
    const parsed = historyEntrySchema.safeParse(item);
    if (!parsed.success) continue;
    const entry = parsed.data;
    if (entry.account.toLowerCase() !== own) continue;
    if (entry.route.steps.some((s) => s.action.fromAddress.toLowerCase() !== own)) continue;
    entries.push(entry);
  }
  return entries.sort((a, b) => b.startedAt - a.startedAt);
}

/** Inserts or replaces an entry by route id, newest first, keeping at most MAX_HISTORY. */
export function upsertHistory(entries: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const others = entries.filter((e) => e.routeId !== entry.routeId);
  return [entry, ...others].sort((a, b) => b.startedAt - a.startedAt).slice(0, MAX_HISTORY);
}

export function serialiseHistory(entries: readonly HistoryEntry[]): string {
  return JSON.stringify(entries.slice(0, MAX_HISTORY));
}

/** Entries whose transaction is on its way and can be tracked again without a new signature. */
export const isUnfinished = (entry: HistoryEntry) => entry.phase === 'in-flight' || entry.phase === 'signing';
