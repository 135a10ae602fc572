import { decodeFunctionData, parseAbiItem, toFunctionSelector, type AbiFunction, type Hex } from 'viem';
import { LIFI_FACET_SIGNATURES, type FacetKind } from './lifi-facet-signatures';
import { isHexBytes } from './policy-helpers';

/** What the policy needs from a LI.FI diamond call: who gets paid, and where. */
export type DecodedLifiCall =
  | { kind: 'swap'; facet: string; functionName: string; receiver: string; minAmountOut: bigint }
  | {
      kind: 'bridge';
      facet: string;
      functionName: string;
      bridge: string;
      receiver: string;
      sendingAssetId: string;
      minAmount: bigint;
      destinationChainId: bigint;
      hasSourceSwaps: boolean;
      hasDestinationCall: boolean;
    };

export type DecodeLifiCallResult = { ok: true; call: DecodedLifiCall } | { ok: false; reason: 'not-calldata' | 'unknown-function' | 'malformed'; selector?: string };

interface KnownFunction {
  facet: string;
  kind: FacetKind;
  abi: AbiFunction;
}

const KNOWN_FUNCTIONS: ReadonlyMap<string, KnownFunction> = new Map(
  LIFI_FACET_SIGNATURES.map(({ facet, kind, signature }) => {
    const abi = parseAbiItem(`function ${signature}`) as AbiFunction;
    return [toFunctionSelector(abi), { facet, kind, abi }] as const;
  }),
);

type BridgeDataTuple = readonly [Hex, string, string, string, string, string, bigint, bigint, boolean, boolean];

/**
 * Decodes calldata for the LI.FI diamond with the facets' real ABIs. Only functions in the known
 * facet list decode; anything else (an unknown facet, a packed encoding, garbage) is reported, so the
 * policy can block it instead of guessing where the receiver sits.
 */
export function decodeLifiCall(data: string | undefined): DecodeLifiCallResult {
  if (!isHexBytes(data) || data.length < 10) return { ok: false, reason: 'not-calldata' };
  const selector = data.slice(0, 10).toLowerCase();
  const known = KNOWN_FUNCTIONS.get(selector);
  if (!known) return { ok: false, reason: 'unknown-function', selector };
  let args: readonly unknown[];
  try {
    args = decodeFunctionData({ abi: [known.abi], data }).args as readonly unknown[];
  } catch {
    return { ok: false, reason: 'malformed', selector };
  }
  const functionName = known.abi.name;
  if (known.kind === 'swap') {
    // Every swap facet function takes (_transactionId, _integrator, _referrer, _receiver, _minAmountOut, …).
    return { ok: true, call: { kind: 'swap', facet: known.facet, functionName, receiver: args[3] as string, minAmountOut: args[4] as bigint } };
  }
  if (known.kind !== 'bridge') return { ok: false, reason: 'unknown-function', selector };
  const [, bridge, , , sendingAssetId, receiver, minAmount, destinationChainId, hasSourceSwaps, hasDestinationCall] = args[0] as BridgeDataTuple;
  return {
    ok: true,
    call: { kind: 'bridge', facet: known.facet, functionName, bridge, receiver, sendingAssetId, minAmount, destinationChainId, hasSourceSwaps, hasDestinationCall },
  };
}
