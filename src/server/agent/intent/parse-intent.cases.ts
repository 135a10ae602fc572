import type { Intent } from '@/domain/intent';
import { GUARD_CASES } from './guard.cases';
import { MORE_CASES } from './more.cases';
import { SPELLING_CASES } from './spelling.cases';
import { TRADE_CASES } from './trade.cases';

/** One phrasing and the exact Intent the offline parser must return. Shared by the tests and the bench. */
export interface IntentCase {
  text: string;
  expected: Intent;
}

export const INTENT_CASES: readonly IntentCase[] = [...TRADE_CASES, ...MORE_CASES, ...SPELLING_CASES, ...GUARD_CASES].map(([text, expected]) => ({ text, expected }));
