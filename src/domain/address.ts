import { z } from 'zod';

/** A 0x-prefixed 20-byte EVM address, any letter case (checksums are checked where they matter). */
export const addressSchema = z.string().regex(/^0x[0-9a-fA-F]{40}$/, 'must be a 0x-prefixed 20-byte address');
