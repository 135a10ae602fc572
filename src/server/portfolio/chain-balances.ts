import { encodeFunctionData, erc20Abi, hexToBigInt, multicall3Abi, type Address, type Hex, type PublicClient } from 'viem';
import { MULTICALL3_ADDRESS, NATIVE_TOKEN_ADDRESS } from '@/domain/chains';
import type { ListedToken } from '../tokens/token-types';
import { describeRpcError, withDeadline } from './rpc-errors';

interface TokenBalance {
  token: ListedToken;
  balance: bigint;
}

export type ChainBalances = { ok: true; balances: TokenBalance[] } | { ok: false; error: string };

/** The two call payloads for `owner`; the same for every token and chain, so encode them once per refresh. */
export function balanceCallData(owner: Address): { native: Hex; erc20: Hex } {
  return {
    native: encodeFunctionData({ abi: multicall3Abi, functionName: 'getEthBalance', args: [owner] }),
    erc20: encodeFunctionData({ abi: erc20Abi, functionName: 'balanceOf', args: [owner] }),
  };
}

function callFor(token: ListedToken, data: { native: Hex; erc20: Hex }) {
  return token.address === NATIVE_TOKEN_ADDRESS
    ? { target: MULTICALL3_ADDRESS, allowFailure: true, callData: data.native }
    : { target: token.address, allowFailure: true, callData: data.erc20 };
}

/**
 * Reads every tracked balance of `owner` on one chain with a single Multicall3 `aggregate3` eth_call
 * (one HTTP request). A token whose balanceOf reverts or returns junk is left out; the chain itself
 * fails only when the RPC does (error, junk, timeout), and then it says why.
 */
export async function readChainBalances(client: PublicClient, owner: Address, tokens: readonly ListedToken[], timeoutMs: number, callData = balanceCallData(owner)): Promise<ChainBalances> {
  try {
    const results = await withDeadline(
      client.readContract({ address: MULTICALL3_ADDRESS, abi: multicall3Abi, functionName: 'aggregate3', args: [tokens.map((t) => callFor(t, callData))] }),
      timeoutMs,
    );
    if (results.length !== tokens.length) return { ok: false, error: 'the RPC returned an invalid response' };
    const balances: TokenBalance[] = [];
    results.forEach((result, index) => {
      const token = tokens[index]!;
      // A well-formed balanceOf answer is exactly one 32-byte word; anything else is a broken token.
      if (!result.success || result.returnData.length !== 66) return;
      balances.push({ token, balance: hexToBigInt(result.returnData) });
    });
    return { ok: true, balances };
  } catch (error) {
    return { ok: false, error: describeRpcError(error, timeoutMs) };
  }
}
