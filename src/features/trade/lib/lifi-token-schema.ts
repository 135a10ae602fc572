import { z } from 'zod';
import { addressSchema } from '@/domain/address';

/** A LI.FI token as the trade feature reads it (fresh routes and stored history alike). */
export const lifiTokenSchema = z
  .object({ address: addressSchema, symbol: z.string().max(40), decimals: z.number().int().min(0).max(36), chainId: z.number().int() })
  .passthrough();
