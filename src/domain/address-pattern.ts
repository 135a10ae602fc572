/** A 0x-prefixed 20-byte EVM address, any letter case; no zod here, so mini and classic schemas can both use it. */
export const ADDRESS_PATTERN = /^0x[0-9a-fA-F]{40}$/;
export const ADDRESS_MESSAGE = 'must be a 0x-prefixed 20-byte address';
