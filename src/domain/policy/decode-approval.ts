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
