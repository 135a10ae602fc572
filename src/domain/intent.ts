// zod/mini: the agent panel (loaded with the page) parses proposals with these; see ./article.ts.
import * as z from 'zod/mini';

/**
 * What a user asked for, before any token is resolved against the token list. Produced by the
 * offline intent parser (and printed by `npm run agent`); the agent turns it into a Proposal.
 * There is deliberately no recipient field: every trade pays the user's own address.
 */
const INTENT_KINDS = ['swap', 'bridge', 'portfolio', 'unknown'] as const;
export const AMOUNT_TYPES = ['exact', 'percent', 'max', 'usd'] as const;

/** `max` ("all", "everything") always carries this value: 100 % of the spendable balance. */
export const MAX_AMOUNT_VALUE = '100';

const positiveDecimal = z.string().check(
  z.regex(/^(0|[1-9]\d*)(\.\d*[1-9])?$/, 'must be a plain decimal string like "1000" or "0.5"'),
  z.refine((value) => /[1-9]/.test(value), 'must be greater than zero'),
);

export const intentAmountSchema = z.strictObject({ type: z.enum(AMOUNT_TYPES), value: positiveDecimal }).check(
  z.refine((amount) => amount.type !== 'max' || amount.value === MAX_AMOUNT_VALUE, {
    message: `a max amount has value "${MAX_AMOUNT_VALUE}"`,
    path: ['value'],
  }),
  z.refine((amount) => amount.type !== 'percent' || Number(amount.value) <= 100, {
    message: 'a percent amount is at most 100',
    path: ['value'],
  }),
);
export type IntentAmount = z.infer<typeof intentAmountSchema>;

const chainId = z.nullable(z.int().check(z.positive()));
const tokenSymbol = z.nullable(
  z.string().check(z.regex(/^[A-Z0-9][A-Z0-9.]{0,11}$/, 'must be an upper-case token symbol like "USDC" or "USDC.E"')),
);

export const intentSchema = z.strictObject({
  kind: z.enum(INTENT_KINDS),
  fromChainId: chainId,
  toChainId: chainId,
  fromToken: tokenSymbol,
  toToken: tokenSymbol,
  /** What the user spends (the from side); null when not stated or not positive. */
  amount: z.nullable(intentAmountSchema),
});
export type Intent = z.infer<typeof intentSchema>;

export const UNKNOWN_INTENT: Intent = Object.freeze({
  kind: 'unknown',
  fromChainId: null,
  toChainId: null,
  fromToken: null,
  toToken: null,
  amount: null,
});
