import { decodeFunctionData, erc20Abi, type Hex } from 'viem';

export interface DecodedApproval {
  spender: string;
  amount: bigint;
}

/** Decodes ERC-20 `approve(spender, amount)` calldata; undefined for anything else. */
export function decodeApproval(data: string | undefined): DecodedApproval | undefined {
  if (!data || !/^0x[0-9a-fA-F]*$/.test(data)) return undefined;
  try {
    const decoded = decodeFunctionData({ abi: erc20Abi, data: data as Hex });
    if (decoded.functionName !== 'approve') return undefined;
    const [spender, amount] = decoded.args;
    return { spender, amount };
  } catch {
    return undefined;
  }
}

/** True when `data` carries `address` as a 32-byte ABI word (how LI.FI's contracts take the receiver). */
export function calldataMentions(data: string | undefined, address: string): boolean {
  if (!data) return false;
  const word = address.toLowerCase().replace(/^0x/, '').padStart(64, '0');
  const body = data.toLowerCase().replace(/^0x/, '').slice(8);
  for (let offset = 0; offset + 64 <= body.length; offset += 64) {
    if (body.slice(offset, offset + 64) === word) return true;
  }
  return false;
}
