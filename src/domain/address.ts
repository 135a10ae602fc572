import { z } from 'zod';
import { ADDRESS_MESSAGE, ADDRESS_PATTERN } from './address-pattern';

/** A 0x-prefixed 20-byte EVM address, any letter case (checksums are checked where they matter). */
export const addressSchema = z.string().regex(ADDRESS_PATTERN, ADDRESS_MESSAGE);
