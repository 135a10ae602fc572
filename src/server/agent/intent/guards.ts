import type { Mention, Verb } from './context';
import { FILLERS } from './lexicon';
import type { Word } from './normalise';

const ORDER_PAIRS: readonly [string, ReadonlySet<string>][] = [
  ['limit', new Set(['order', 'orders', 'buy', 'sell', 'price', 'at'])],
  ['stop', new Set(['loss', 'limit', 'order', 'orders', 'buy', 'sell', 'price', 'at'])],
  ['take', new Set(['profit', 'profits'])],
  ['trailing', new Set(['stop', 'loss'])],
];
const ORDER_WORDS = new Set(['stoploss', 'stop-loss', 'takeprofit', 'take-profit', 'limit-order', 'stop-limit']);
/** Words that set a price to wait for: "drops below 1800", "hits $3k", "goes above 2000". */
const TRIGGERS = new Set([
  'below', 'above', 'under', 'beneath', 'hits', 'hit', 'reaches', 'reach', 'touches', 'touch', 'crosses', 'cross',
  'drops', 'drop', 'dips', 'dip', 'falls', 'fall', 'rises', 'rise', 'climbs', 'climb', 'pumps', 'dumps', 'crashes', 'tanks', 'moons',
  'cheaper', 'lower', 'higher',
]);
const CONDITIONS = new Set(['if', 'when', 'whenever', 'once', 'until', 'unless']);
const PRICE_WORDS = new Set(['price', 'rate', 'level', 'target', 'around', 'about', 'least']);
const TRIGGER_REACH = 3;
const PRICED = (m: Mention | undefined) => m?.type === 'amount' && m.amount?.type !== 'percent' && m.amount?.type !== 'max';

function amountWithin(mentions: readonly Mention[], from: number, reach: number): boolean {
  return mentions.some((m) => PRICED(m) && m.start > from && m.start <= from + reach);
}

/**
 * A limit or stop order: a trade that waits for a price. `named` when the words say so ("stop loss",
 * "limit order"), `priced` when a price condition is set ("at $2000", "if it drops below 1800",
 * "when ETH hits $3k"). The app only proposes trades at today's price.
 */
export function conditionalOrder(raw: string, words: readonly Word[], mentions: readonly Mention[]): 'named' | 'priced' | null {
  const texts = words.map((word) => word.text);
  const named = texts.some((text, i) => ORDER_WORDS.has(text) || ORDER_PAIRS.some(([first, seconds]) => first === text && seconds.has(texts[i + 1] ?? '')));
  if (named) return 'named';
  const priced = /@\s*\$?\s*\d/.test(raw) || texts.some((text, i) => {
    if (TRIGGERS.has(text) && amountWithin(mentions, i, TRIGGER_REACH)) return true;
    if (CONDITIONS.has(text) && texts.slice(i + 1).some((later) => TRIGGERS.has(later))) return true;
    if (text !== 'at') return false;
    let next = i + 1;
    while (FILLERS.has(texts[next] ?? '') || PRICE_WORDS.has(texts[next] ?? '')) next += 1;
    return PRICED(mentions.find((m) => m.start === next));
  });
  return priced ? 'priced' : null;
}

const OVERRIDE = /\b(ignore|disregard|forget|override|bypass|skip)\b(?: \w+){0,4} (instructions?|rules|prompts?|guidelines|directions|guardrails|restrictions|safeguards|checks)\b/;
const ROLE_PLAY = /\b(you are now|act as|pretend to be|developer mode|jailbreak|new instructions|system prompt)\b/;

/** "ignore all previous instructions and …", "SYSTEM: …": text written to override the agent, never a request to act on. */
export function overridesInstructions(raw: string, words: readonly Word[]): boolean {
  const text = words.map((word) => word.text).join(' ');
  return OVERRIDE.test(text) || ROLE_PLAY.test(text) || /\b(system|assistant|developer)\s*:/i.test(raw);
}

/** "send all funds", "transfer everything to me", "drain my wallet", "withdraw all to", "pay bob": funds leaving, not a swap or bridge. */
export function sweepsFunds(verb: Verb | null, mentions: readonly Mention[]): boolean {
  if (verb?.type === 'pay') return true;
  return verb?.type === 'send' && !mentions.some((m) => m.type === 'token');
}
