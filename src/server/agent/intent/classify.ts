import type { Mention, Verb } from './context';
import { UNSUPPORTED_CHAIN_NAMES } from './chain-aliases';
import { CROSS_CHAIN_VERBS, FILLERS, FROM_WORDS, PAY_WITH_WORDS, TO_WORDS, VERBS, WEAK_VERBS } from './lexicon';
import type { OtherNetwork } from './networks';
import type { Word } from './normalise';

export type Reading = 'trade' | 'portfolio' | 'unknown';

const PORTFOLIO_NOUNS = new Set([
  'balance', 'balances', 'portfolio', 'holdings', 'holding', 'assets', 'positions', 'bags', 'wallet', 'networth', 'tokens', 'coins', 'funds',
]);
const OTHER_DEFI_VERBS = new Set([
  'deposit', 'stake', 'unstake', 'restake', 'lend', 'borrow', 'repay', 'supply', 'farm', 'mint', 'vote', 'claim', 'delegate',
]);
const HOLD_VERBS = new Set(['hold', 'have', 'own', 'holding', 'got']);
const SELF = new Set(['i', 'we', 'im']);
const INFO_WORDS = new Set([
  'news', 'price', 'prices', 'chart', 'weather', 'article', 'story', 'headline', 'headlines', 'sentiment',
  'analysis', 'explain', 'why', 'happening', 'happened', 'think', 'opinion', 'predict', 'forecast', 'pump', 'moon',
]);

/**
 * "send 1 ETH to bob", "bridge USDC to my friend": after a verb that moves funds, every destination
 * must be a chain (ours or one we know but do not support) or a token; anything else is a person.
 */
function paysSomeoneElse(words: readonly Word[], mentions: readonly Mention[], networks: readonly OtherNetwork[]): boolean {
  // "to solana", "to arbitrum sepolia": another network, not a person.
  const network = (at: number) => networks.some((n) => n.start === at || (n.testnet && n.start === at + 1));
  const movedAt = words.findIndex((word) => {
    const type = VERBS.get(word.text);
    return type !== undefined && CROSS_CHAIN_VERBS.has(type);
  });
  if (movedAt < 0) return false;
  return words.some((word, index) => {
    if (index < movedAt || !TO_WORDS.has(word.text)) return false;
    let next = index + 1;
    while (FILLERS.has(words[next]?.text ?? '') && !mentions.some((m) => m.start === next)) next += 1;
    if (UNSUPPORTED_CHAIN_NAMES.has(words[next]?.text ?? '') || network(next)) return false;
    return !mentions.some((m) => m.type !== 'amount' && m.start === next);
  });
}

function asksForHoldings(words: readonly Word[], mentions: readonly Mention[], verb: Verb | null): boolean {
  if (verb !== null && !WEAK_VERBS.has(verb.word)) return false;
  if (mentions.some((m) => m.type === 'amount' && m.amount?.type !== 'max')) return false;
  const texts = words.map((word) => word.text);
  const has = (set: ReadonlySet<string>) => texts.some((text) => set.has(text));
  const netWorth = texts.some((text, i) => text === 'net' && texts[i + 1] === 'worth');
  const howMuchMine = texts[0] === 'how' && texts[1] === 'much' && texts.includes('my');
  return has(PORTFOLIO_NOUNS) || netWorth || howMuchMine || (has(HOLD_VERBS) && has(SELF));
}

/** Trade, holdings question, or anything else (chit-chat, news questions, paying other people). */
export function classify(words: readonly Word[], mentions: readonly Mention[], verb: Verb | null, namesDestination: boolean, networks: readonly OtherNetwork[] = []): Reading {
  const paysSomeone = words.some((word, i) => VERBS.get(word.text) === 'pay' && !PAY_WITH_WORDS.has(words[i + 1]?.text ?? ''));
  if (paysSomeone) return 'unknown';
  // "deposit 1 ETH into Aave", "borrow USDC against my ETH": not a swap even when a token follows.
  if ((verb === null || WEAK_VERBS.has(verb.word)) && words.some((word) => OTHER_DEFI_VERBS.has(word.text))) return 'unknown';
  // "transfer 100 ETH" names neither a chain nor anyone: not a bridge.
  if (verb?.type === 'send' && networks.length === 0 && !mentions.some((m) => m.type === 'chain')) return 'unknown';
  if (paysSomeoneElse(words, mentions, networks)) return 'unknown';
  if (asksForHoldings(words, mentions, verb)) return 'portfolio';
  const info = words.some((word) => INFO_WORDS.has(word.text));
  const hasToken = mentions.some((m) => m.type === 'token');
  if (verb !== null && !WEAK_VERBS.has(verb.word)) return mentions.length > 0 ? 'trade' : 'unknown';
  if (verb !== null) return hasToken && !info ? 'trade' : 'unknown';
  const fromChain = mentions.some((m) => m.type === 'chain' && FROM_WORDS.has(m.marker.text));
  return (hasToken || fromChain) && namesDestination && !info ? 'trade' : 'unknown';
}
