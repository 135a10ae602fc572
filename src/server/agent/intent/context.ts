import type { IntentAmount } from '@/domain/intent';
import type { Entity } from './lexer';
import { FILLERS, PAY_WITH_WORDS, VERBS, WEAK_VERBS, type VerbType } from './lexicon';
import type { Word } from './normalise';

/** The word (or entity) that introduces a mention, fillers skipped: "from", "on", "amount", "entity", "". */
export interface Marker {
  text: string;
  index: number;
}

interface Located {
  start: number;
  end: number;
  marker: Marker;
}
export type Mention =
  | (Located & { type: 'amount'; amount: IntentAmount | null })
  | (Located & { type: 'token'; symbol: string })
  | (Located & { type: 'chain'; chainId: number });

export function markerBefore(words: readonly Word[], entities: readonly { type: string; end: number }[], start: number): Marker {
  for (let index = start - 1; index >= 0; index -= 1) {
    const ending = entities.find((entity) => entity.end === index + 1);
    if (ending) return { text: ending.type === 'amount' ? 'amount' : 'entity', index };
    const text = words[index]?.text ?? '';
    if (!FILLERS.has(text)) return { text, index };
  }
  return { text: '', index: -1 };
}

/** The first verb the user wrote decides how tokens are read ("buy X with Y" vs "swap X to Y"). */
export interface Verb {
  type: VerbType;
  word: string;
}

/** The first strong verb, else the first weak one ("I want to swap" is a swap, "I want ETH" a buy). */
export function firstVerb(words: readonly Word[], entities: readonly Entity[]): Verb | null {
  const verbs: Verb[] = [];
  for (const [index, word] of words.entries()) {
    const type = VERBS.get(word.text);
    const inEntity = entities.some((entity) => index >= entity.start && index < entity.end);
    // "pay with my USDC" names the source, not a payee.
    const payingWith = type === 'pay' && PAY_WITH_WORDS.has(words[index + 1]?.text ?? '');
    if (type && !inEntity && !payingWith) verbs.push({ type, word: word.text });
  }
  return verbs.find((verb) => !WEAK_VERBS.has(verb.word)) ?? verbs[0] ?? null;
}
