import { z } from 'zod';

/**
 * What a user asked for, before any token is resolved against the token list. Produced by the
 * offline intent parser (and printed by `npm run agent`); the agent turns it into a Proposal.
 * There is deliberately no recipient field: every trade pays the user's own address.
 */
const INTENT_KINDS = ['swap', 'bridge', 'portfolio', 'unknown'] as const;
export const AMOUNT_TYPES = ['exact', 'percent', 'max', 'usd'] as const;

/** `max` ("all", "everything") always carries this value: 100 % of the spendable balance. */
export const MAX_AMOUNT_VALUE = '100';

const positiveDecimal = z
  .string()
  .regex(/^(0|[1-9]\d*)(\.\d*[1-9])?$/, 'must be a plain decimal string like "1000" or "0.5"')
  .refine((value) => /[1-9]/.test(value), 'must be greater than zero');

export const intentAmountSchema = z
  .object({ type: z.enum(AMOUNT_TYPES), value: positiveDecimal })
  .strict()
  .refine((amount) => amount.type !== 'max' || amount.value === MAX_AMOUNT_VALUE, {
    message: `a max amount has value "${MAX_AMOUNT_VALUE}"`,
    path: ['value'],
  })
  .refine((amount) => amount.type !== 'percent' || Number(amount.value) <= 100, {
    message: 'a percent amount is at most 100',
    path: ['value'],
  });
export type IntentAmount = z.infer<typeof intentAmountSchema>;

const chainId = z.number().int().positive().nullable();
const tokenSymbol = z
  .string()
  .regex(/^[A-Z0-9][A-Z0-9.]{0,11}$/, 'must be an upper-case token symbol like "USDC" or "USDC.E"')
  .nullable();

export const intentSchema = z
  .object({
    kind: z.enum(INTENT_KINDS),
    fromChainId: chainId,
    toChainId: chainId,
    fromToken: tokenSymbol,
    toToken: tokenSymbol,
    /** What the user spends (the from side); null when not stated or not positive. */
    amount: intentAmountSchema.nullable(),
  })
  .strict();
export type Intent = z.infer<typeof intentSchema>;

export const UNKNOWN_INTENT: Intent = Object.freeze({
  kind: 'unknown',
  fromChainId: null,
  toChainId: null,
  fromToken: null,
  toToken: null,
  amount: null,
});
