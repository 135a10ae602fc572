import { z } from 'zod';
import { addressSchema } from './address';
import { MAX_TOKEN_DECIMALS } from './amounts';

/** A price is usable when it is a finite, non-negative number; anything else is unknown (null, never 0). */
export function parsePrice(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const price = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(price) && price >= 0 ? price : null;
}

// LI.FI sends some integers as strings; a digit string is read as a number, anything else (null, "", "6.5") is refused.
const integer = z.union([z.number(), z.string().regex(/^\d{1,12}$/).transform(Number)]).pipe(z.number().int());
// Optional extras: LI.FI sends them absent, null or malformed; none of these makes the token unusable.
const optionalText = (max: number) => z.string().max(max).nullish().catch(undefined).transform((value) => value ?? undefined).optional();

/**
 * One LI.FI token as LI.FI really sends it (`/tokens`, and the tokens inside routes), for the server's
 * verified list and the browser's routes, token list and stored history alike. `priceUSD` comes out as a
 * decimal string or absent; `logoURI` as an http(s) URL or absent.
 */
export const lifiTokenSchema = z
  .object({
    address: addressSchema,
    chainId: integer.pipe(z.number().positive()),
    // Shown in the UI and in prompts: no markup characters.
    symbol: z.string().trim().min(1).max(32).regex(/^[^<>"'`]+$/, 'must not contain markup characters'),
    name: z.string().trim().max(128),
    decimals: integer.pipe(z.number().min(0).max(MAX_TOKEN_DECIMALS)),
    coinKey: optionalText(32),
    logoURI: z.url({ protocol: /^https?$/ }).max(2048).nullish().catch(undefined).transform((value) => value ?? undefined).optional(),
    priceUSD: z
      .union([z.string(), z.number()])
      .nullish()
      .catch(undefined)
      .transform((value) => {
        const price = parsePrice(value);
        return price === null ? undefined : String(price);
      })
      .optional(),
  })
  .passthrough();
