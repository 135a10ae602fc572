import type { IntentAmount } from '@/domain/intent';

/** A trade the user or the model asked for, before anything is checked. Every field is untrusted. */
export interface ProposalCandidate {
  fromChainId: number;
  toChainId: number;
  /** A symbol or an address; resolved only against the verified token list. */
  fromToken: string;
  toToken: string;
  amount: IntentAmount;
  reason: string;
  articleId: string | null;
}

export type ProposalOutcome<T> = { ok: true; value: T } | { ok: false; reason: string };
