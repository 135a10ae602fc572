import type { IntentAmount } from '@/domain/intent';
import type { Mention } from './context';
import { CROSS_CHAIN_VERBS, FROM_WORDS, PAY_WITH_WORDS, TO_WORDS, type VerbType } from './lexicon';

type Side = 'from' | 'to';

const LIST_WORDS = new Set(['and', 'or', 'plus']);
type TokenMention = Extract<Mention, { type: 'token' }>;
type ChainMention = Extract<Mention, { type: 'chain' }>;

export interface Roles {
  fromToken: string | null;
  toToken: string | null;
  fromChainId: number | null;
  toChainId: number | null;
  amount: IntentAmount | null;
  /** A token or chain was introduced by to/into/for: the message names a destination. */
  namesDestination: boolean;
}

function tokenSide(token: TokenMention, verb: VerbType | null, taken: { from?: string; to?: string }): Side {
  const marker = token.marker.text;
  if (PAY_WITH_WORDS.has(marker) || FROM_WORDS.has(marker)) return 'from';
  if (marker === 'for') return verb === 'buy' ? 'from' : 'to';
  if (TO_WORDS.has(marker)) return 'to';
  if (verb === 'buy') return taken.to === undefined ? 'to' : 'from';
  return taken.from === undefined ? 'from' : 'to';
}

function assignTokens(tokens: readonly TokenMention[], verb: VerbType | null): { sides: Map<TokenMention, Side>; from?: string; to?: string } {
  const taken: { from?: string; to?: string } = {};
  const sides = new Map<TokenMention, Side>();
  for (const token of tokens) {
    let side = tokenSide(token, verb, taken);
    const other: Side = side === 'from' ? 'to' : 'from';
    if (taken[side] !== undefined && taken[side] !== token.symbol && taken[other] === undefined) side = other;
    taken[side] ??= token.symbol;
    sides.set(token, side);
  }
  return { sides, ...taken };
}

/** "usdc on arbitrum" or "arbitrum usdc": the chain belongs to that token's side. */
function attachedSide(chain: ChainMention, mentions: readonly Mention[], sides: Map<TokenMention, Side>): Side | undefined {
  const at = mentions.indexOf(chain);
  const before = mentions[at - 1];
  const after = mentions[at + 1];
  if (before?.type === 'token' && before.end === chain.marker.index) return sides.get(before);
  if (after?.type === 'token' && after.start === chain.end) return sides.get(after);
  return undefined;
}

function chooseAmount(mentions: readonly Mention[], sides: Map<TokenMention, Side>): IntentAmount | null {
  for (const [at, mention] of mentions.entries()) {
    if (mention.type !== 'amount') continue;
    const next = mentions[at + 1];
    const of = next?.type === 'token' && next.marker.text === 'amount' ? sides.get(next) : undefined;
    // An amount to receive ("buy 0.1 ETH with USDC") cannot be expressed as what to spend: left out.
    if (of === 'to' && mention.amount?.type !== 'usd') continue;
    return mention.amount;
  }
  return null;
}

/**
 * Who is paid with what, on which chain, and how much is spent. `elsewhereAt` holds the word index
 * after which a network we do not support is named ("eth ON lisk"): that token's side has no chain.
 */
export function assignRoles(mentions: readonly Mention[], verb: VerbType | null, elsewhereAt: ReadonlySet<number> = new Set()): Roles {
  const tokens = mentions.filter((m): m is TokenMention => m.type === 'token');
  const { sides, from, to } = assignTokens(tokens, verb);
  const elsewhere = new Set(tokens.filter((token) => elsewhereAt.has(token.end)).map((token) => sides.get(token)));
  const crossChain = verb !== null && CROSS_CHAIN_VERBS.has(verb);
  const chains: Partial<Record<Side, number>> = {};
  const explicit: Partial<Record<Side, boolean>> = {};
  const located: number[] = [];
  for (const chain of mentions.filter((m): m is ChainMention => m.type === 'chain')) {
    const marker = chain.marker.text;
    // "on base and arbitrum": a list of chains cannot be one intent; the first one stands.
    if (LIST_WORDS.has(marker)) continue;
    const directed = FROM_WORDS.has(marker) || TO_WORDS.has(marker);
    const side = FROM_WORDS.has(marker) ? 'from' : TO_WORDS.has(marker) ? 'to' : attachedSide(chain, mentions, sides);
    if (side === undefined) located.push(chain.chainId);
    else if (chains[side] === undefined || (!explicit[side] && directed)) {
      // "swap USDC to ETH on base, then bridge to arbitrum": the displaced chain is where it starts.
      if (chains[side] !== undefined) located.push(chains[side]);
      chains[side] = chain.chainId;
      explicit[side] = directed;
    }
  }
  for (const chainId of located) {
    if (chains.from === undefined && !elsewhere.has('from')) chains.from = chainId;
    else if (chains.to === undefined && crossChain && chainId !== chains.from) chains.to = chainId;
  }
  // A single chain named without a direction ("swap USDC on Arbitrum to ETH") is where the whole swap happens.
  if (!crossChain && !explicit.from && !explicit.to) {
    if (!elsewhere.has('from')) chains.from ??= chains.to;
    if (!elsewhere.has('to')) chains.to ??= chains.from;
  }
  const namesDestination = mentions.some((m) => m.type !== 'amount' && (TO_WORDS.has(m.marker.text) || (m.marker.text === 'for' && verb !== 'buy')));
  return {
    fromToken: from ?? null,
    toToken: to ?? null,
    fromChainId: chains.from ?? null,
    toChainId: chains.to ?? null,
    amount: chooseAmount(mentions, sides),
    namesDestination,
  };
}
