import { UNKNOWN_INTENT, type Intent } from '@/domain/intent';
import { classify } from './classify';
import { firstVerb, type Mention, type Verb } from './context';
import { conditionalOrder, overridesInstructions, sweepsFunds } from './guards';
import { lex } from './lexer';
import { CROSS_CHAIN_VERBS, LOCATION_WORDS } from './lexicon';
import { findOtherNetworks, type OtherNetwork } from './networks';
import { normalise, type Word } from './normalise';
import { resolve } from './resolve';
import { assignRoles } from './roles';
import { schedulesOrder } from './schedules';

/** Longer messages are not commands; bounding the input keeps the parser's cost fixed. */
export const MAX_INTENT_TEXT_LENGTH = 500;

/** Why a message gives no trade although it may read like one; the agent says it in plain words. */
export type Refusal =
  | { type: 'other-network'; network: string; testnet: boolean }
  | { type: 'conditional-order' }
  | { type: 'instruction-override' }
  | { type: 'sweep' };
export type RefusalType = Refusal['type'];

export interface IntentReading {
  intent: Intent;
  refusal: Refusal | null;
}

const QUOTE_WORDS = new Set(['quote', 'quotes', 'estimate']);

/** "a quote for USDC to ETH": that "for" introduces the trade, not what is received. */
function withoutQuoteFor(words: Word[]): Word[] {
  return words.filter((word, i) => !(word.text === 'for' && QUOTE_WORDS.has(words[i - 1]?.text ?? '')));
}

function intentOf(words: readonly Word[], mentions: readonly Mention[], verb: Verb | null, networks: readonly OtherNetwork[]): Intent {
  const elsewhereAt = new Set(networks.filter((n) => LOCATION_WORDS.has(words[n.start - 1]?.text ?? '')).map((n) => n.start - 1));
  const roles = assignRoles(mentions, verb?.type ?? null, elsewhereAt);
  const reading = classify(words, mentions, verb, roles.namesDestination, networks);
  if (reading === 'unknown') return { ...UNKNOWN_INTENT };
  if (reading === 'portfolio') {
    const chain = mentions.find((m) => m.type === 'chain');
    const token = mentions.find((m) => m.type === 'token');
    const chainId = chain?.type === 'chain' ? chain.chainId : null;
    return { kind: 'portfolio', fromChainId: chainId, toChainId: chainId, fromToken: token?.type === 'token' ? token.symbol : null, toToken: null, amount: null };
  }
  const { fromChainId, toChainId, fromToken, amount } = roles;
  const crossChain = verb !== null && CROSS_CHAIN_VERBS.has(verb.type);
  const bridge = fromChainId !== null && toChainId !== null ? fromChainId !== toChainId : fromChainId !== null || toChainId !== null || crossChain;
  // Bridging one token without naming another receives the same token on the other side.
  const toToken = roles.toToken ?? (bridge && verb?.type !== 'buy' ? fromToken : null);
  return { kind: bridge ? 'bridge' : 'swap', fromChainId, toChainId, fromToken, toToken, amount };
}

const refused = (refusal: Refusal): IntentReading => ({ intent: { ...UNKNOWN_INTENT }, refusal });

/**
 * The offline brain: reads a plain-words request into an Intent, deterministically and without
 * network, and says when it refuses one that reads like a trade. It never invents a chain or a
 * token, never outputs a recipient, and never turns a testnet, another network, a price-conditioned
 * order or an instruction override into a trade.
 */
export function readRequest(text: string): IntentReading {
  const raw = text.slice(0, MAX_INTENT_TEXT_LENGTH);
  const { words: read, mentionsAddress } = normalise(raw);
  if (overridesInstructions(raw, read)) return refused({ type: 'instruction-override' });
  if (mentionsAddress || read.length === 0 || schedulesOrder(read)) return { intent: { ...UNKNOWN_INTENT }, refusal: null };
  const words = withoutQuoteFor(read);
  const networks = findOtherNetworks(words);
  const entities = lex(words, networks);
  const verb = firstVerb(words, entities);
  const mentions = resolve(entities, words, verb?.type ?? null);
  if (sweepsFunds(verb, mentions)) return refused({ type: 'sweep' });
  const intent = intentOf(words, mentions, verb, networks);
  const trade = intent.kind === 'swap' || intent.kind === 'bridge';
  const order = conditionalOrder(raw, words, mentions);
  if (order === 'named' || (order === 'priced' && (trade || verb !== null))) return refused({ type: 'conditional-order' });
  const network = networks[0];
  if (!network || intent.kind === 'unknown') return { intent, refusal: null };
  return { intent, refusal: { type: 'other-network', network: network.name, testnet: network.testnet } };
}

/** The Intent alone, as `npm run agent` prints it. */
export function parseIntent(text: string): Intent {
  return readRequest(text).intent;
}
