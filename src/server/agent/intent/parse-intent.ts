import { UNKNOWN_INTENT, type Intent } from '@/domain/intent';
import { classify } from './classify';
import { firstVerb } from './context';
import { lex } from './lexer';
import { CROSS_CHAIN_VERBS } from './lexicon';
import { normalise } from './normalise';
import { resolve } from './resolve';
import { assignRoles } from './roles';

/** Longer messages are not commands; bounding the input keeps the parser's cost fixed. */
export const MAX_INTENT_TEXT_LENGTH = 500;

/**
 * The offline brain: reads a plain-words request into an Intent, deterministically and without
 * network. It never invents a chain or a token and never outputs a recipient.
 */
export function parseIntent(text: string): Intent {
  const { words, mentionsAddress } = normalise(text.slice(0, MAX_INTENT_TEXT_LENGTH));
  if (mentionsAddress || words.length === 0) return { ...UNKNOWN_INTENT };
  const entities = lex(words);
  const verb = firstVerb(words, entities);
  const mentions = resolve(entities, words, verb?.type ?? null);
  const roles = assignRoles(mentions, verb?.type ?? null);
  const reading = classify(words, mentions, verb, roles.namesDestination);
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
