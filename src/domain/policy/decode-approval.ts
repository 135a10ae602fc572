import { decodeFunctionData, erc20Abi } from 'viem';
import { isHexBytes } from './policy-helpers';

export interface DecodedApproval {
  spender: string;
  amount: bigint;
}

/** Decodes ERC-20 `approve(spender, amount)` calldata; undefined for anything else. */
export function decodeApproval(data: string | undefined): DecodedApproval | undefined {
  if (!isHexBytes(data)) return undefined;
  try {
    const decoded = decodeFunctionData({ abi: erc20Abi, data });
    if (decoded.functionName !== 'approve') return undefined;
    const [spender, amount] = decoded.args;
    return { spender, amount };
  } catch {
    return undefined;
  }
}
