import { isAddress } from 'viem';

/** Why `value` is not an acceptable address, or null when it is (all-lowercase, or correctly EIP-55 checksummed). */
export function addressProblem(value: string): string | null {
  if (!/^0x[0-9a-fA-F]{40}$/.test(value)) return 'must be 0x followed by 40 hex digits';
  if (!isAddress(value, { strict: true })) return 'has a wrong checksum (its mixed case does not match EIP-55)';
  return null;
}
