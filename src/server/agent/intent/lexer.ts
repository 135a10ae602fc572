import type { IntentAmount } from '@/domain/intent';
import { findAmounts } from './amounts';
import { CHAIN_ALIASES, CHAIN_SUFFIXES } from './chain-aliases';
import { closest } from './fuzzy';
import { FILLERS, PAY_WITH_WORDS, TO_WORDS, VERBS } from './lexicon';
import type { OtherNetwork } from './networks';
import type { Word } from './normalise';
import { CAPITALISED_NON_TOKENS, TOKEN_ALIASES } from './token-aliases';

interface Span {
  start: number;
  end: number;
}
export type Entity =
  | (Span & { type: 'amount'; amount: IntentAmount | null })
  | (Span & { type: 'token'; symbol: string })
  | (Span & { type: 'chain'; chainId: number })
  /** A word naming both a token and a chain ("eth", "arb", "op"): resolved from its context later. */
  | (Span & { type: 'either'; symbol: string; chainId: number; prefers: 'token' | 'chain' });

const MAX_PHRASE_WORDS = 4;
const PREFERS_CHAIN = new Set(['ethereum', 'sonic']);
const FUZZY_CHAINS = [...CHAIN_ALIASES.keys()].filter((alias) => /^[a-z]{6,}$/.test(alias));
const FUZZY_TOKENS = [...TOKEN_ALIASES.keys()].filter((alias) => /^[a-z]{7,}$/.test(alias));
const EXPLICIT_TOKEN_BEFORE = new Set([...TO_WORDS, ...PAY_WITH_WORDS, 'for', ...VERBS.keys()]);
const BALANCE_NOUNS = new Set(['balance', 'balances', 'holdings']);
const AMOUNT_LINKS = new Set(['of', 'worth']);

function lookup(phrase: string, span: Span): Entity | undefined {
  const symbol = TOKEN_ALIASES.get(phrase);
  const chainId = CHAIN_ALIASES.get(phrase);
  if (symbol && chainId) return { ...span, type: 'either', symbol, chainId, prefers: PREFERS_CHAIN.has(phrase) ? 'chain' : 'token' };
  if (symbol) return { ...span, type: 'token', symbol };
  if (chainId) return { ...span, type: 'chain', chainId };
  return undefined;
}

function matchPhrase(words: readonly Word[], i: number): Entity | undefined {
  for (let n = Math.min(MAX_PHRASE_WORDS, words.length - i); n >= 1; n -= 1) {
    const phrase = words.slice(i, i + n).map((word) => word.text).join(' ');
    const found = lookup(phrase, { start: i, end: i + n });
    if (found) return found;
  }
  const text = words[i]?.text ?? '';
  if (text.length < 6 || !/^[a-z]+$/.test(text)) return undefined;
  const typo = closest(text, FUZZY_CHAINS) ?? closest(text, FUZZY_TOKENS);
  return typo ? lookup(typo, { start: i, end: i + 1 }) : undefined;
}

/** A chain name followed by "chain"/"mainnet"/"network" is certainly the chain and takes the suffix. */
function withSuffix(entity: Entity, words: readonly Word[]): Entity {
  if (entity.type !== 'chain' && entity.type !== 'either') return entity;
  if (!CHAIN_SUFFIXES.has(words[entity.end]?.text ?? '')) return entity;
  return { start: entity.start, end: entity.end + 1, type: 'chain', chainId: entity.chainId };
}

/** "10 S", "to S", "100 ZRO": a bare or unlisted symbol counts only right after an amount or a to/for/with/verb. */
function explicitSymbol(words: readonly Word[], i: number, afterAmount: boolean, hasLowerCase: boolean): string | undefined {
  const word = words[i];
  if (!word) return undefined;
  const before = words[i - 1]?.text ?? '';
  // "how much HEX do I have", "my BNKR balance": a ticker the holdings question is about.
  const asked = before === 'much' || BALANCE_NOUNS.has(words[i + 1]?.text ?? '');
  const explicit = afterAmount || asked || (EXPLICIT_TOKEN_BEFORE.has(before) && !FILLERS.has(before));
  const target = TO_WORDS.has(before) || before === 'for';
  if (word.text === 's') return explicit && (afterAmount || target || word.raw === 'S') ? 'S' : undefined;
  const ticker = /^[A-Z][A-Z0-9]{1,5}$/.test(word.raw) && !CAPITALISED_NON_TOKENS.has(word.raw) && !VERBS.has(word.text);
  return ticker && explicit && hasLowerCase ? word.raw : undefined;
}

const indices = (span: Span) => Array.from({ length: span.end - span.start }, (_, k) => span.start + k);

/**
 * Never one of our mainnets: "ethereum sepolia", "base testnet", "polygon zkevm"; and a bare "mainnet" once another
 * network is named ("solana mainnet", "from mainnet to zksync").
 */
function namesOurMainnet(entity: Entity, words: readonly Word[], networks: readonly OtherNetwork[]): boolean {
  if (entity.type !== 'chain' && entity.type !== 'either') return true;
  // "base sepolia", "polygon zkevm", "arbitrum nova": another network under our chain's name.
  if (networks.some((network) => network.start === entity.end)) return false;
  const bare = words.slice(entity.start, entity.end).map((word) => word.text).join(' ') === 'mainnet';
  return !(bare && networks.length > 0);
}

/** Amounts, tokens and chains in reading order; other words stay in `words` for context. */
export function lex(words: readonly Word[], networks: readonly OtherNetwork[] = []): Entity[] {
  const entities: Entity[] = findAmounts(words).map((match) => ({ ...match, type: 'amount' as const }));
  // "$50 of BNKR", "100 worth of X": the ticker still follows the amount.
  const amountEnds = new Set(entities.flatMap((entity) => (AMOUNT_LINKS.has(words[entity.end]?.text ?? '') ? [entity.end, entity.end + 1] : [entity.end])));
  const taken = new Set([...entities, ...networks].flatMap(indices));
  const hasLowerCase = words.some((word) => /[a-z]/.test(word.raw));
  for (let i = 0; i < words.length; ) {
    if (taken.has(i)) {
      i += 1;
      continue;
    }
    const found = matchPhrase(words, i);
    if (found && !taken.has(found.end - 1)) {
      const entity = withSuffix(found, words);
      if (namesOurMainnet(entity, words, networks)) entities.push(entity);
      i = entity.end;
      continue;
    }
    const symbol = explicitSymbol(words, i, amountEnds.has(i), hasLowerCase);
    if (symbol) entities.push({ start: i, end: i + 1, type: 'token', symbol });
    i += 1;
  }
  return entities.sort((a, b) => a.start - b.start);
}
