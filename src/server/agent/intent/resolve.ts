import type { Entity } from './lexer';
import { CROSS_CHAIN_VERBS, FROM_WORDS, LOCATION_WORDS, PAY_WITH_WORDS, TO_WORDS, type VerbType } from './lexicon';
import type { Word } from './normalise';
import { markerBefore, type Mention } from './context';

type Either = Extract<Entity, { type: 'either' }>;

/**
 * Decides whether a word naming both a token and a chain ("eth", "arb", "op", "bnb") is the token or
 * the chain: "0.2 eth" and "eth to usdc" are tokens, "on eth" and "from eth to base" are chains.
 */
function readsAsChain(either: Either, at: number, done: readonly Mention[], rest: readonly Entity[], words: readonly Word[], verb: VerbType | null): boolean {
  const marker = markerBefore(words, [...done, ...rest], either.start).text;
  const next = rest[at + 1];
  const crossChain = verb !== null && CROSS_CHAIN_VERBS.has(verb);
  const tokenBefore = done.some((mention) => mention.type === 'token');
  if (marker === 'amount') return false;
  // "my arb usdc": a chain used as an adjective; "swap eth usdc" stays two tokens.
  const owned = ['my', 'the'].includes(words[either.start - 1]?.text ?? '');
  if (owned && next?.type === 'token' && next.start === either.end) return true;
  if (LOCATION_WORDS.has(marker) && marker !== 'in') return true;
  if (PAY_WITH_WORDS.has(marker) || marker === 'for') return false;
  if (FROM_WORDS.has(marker)) {
    const target = rest.slice(at + 1).find((entity) => TO_WORDS.has(markerBefore(words, rest, entity.start).text));
    return crossChain || tokenBefore || target?.type === 'chain';
  }
  if (TO_WORDS.has(marker)) {
    // "bridge USDC from ethereum to base and swap to eth": the destination chain is already named.
    if (done.some((mention) => mention.type === 'chain' && TO_WORDS.has(mention.marker.text))) return false;
    const source = [...done].reverse().find((mention) => FROM_WORDS.has(mention.marker.text));
    const sourceIsChain = source?.type === 'chain' && done.some((m) => m.type === 'token' && m.start < source.start);
    return crossChain || sourceIsChain;
  }
  return either.prefers === 'chain';
}

/** Every entity with its marker, ambiguous words settled left to right. */
export function resolve(entities: readonly Entity[], words: readonly Word[], verb: VerbType | null): Mention[] {
  const done: Mention[] = [];
  for (const [at, entity] of entities.entries()) {
    const marker = markerBefore(words, entities, entity.start);
    const located = { start: entity.start, end: entity.end, marker };
    if (entity.type === 'either') {
      done.push(
        readsAsChain(entity, at, done, entities, words, verb)
          ? { ...located, type: 'chain', chainId: entity.chainId }
          : { ...located, type: 'token', symbol: entity.symbol },
      );
    } else if (entity.type === 'amount') done.push({ ...located, type: 'amount', amount: entity.amount });
    else if (entity.type === 'token') done.push({ ...located, type: 'token', symbol: entity.symbol });
    else done.push({ ...located, type: 'chain', chainId: entity.chainId });
  }
  return done;
}
