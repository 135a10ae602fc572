import { encodeAbiParameters, encodeFunctionData, toFunctionSelector, type Address, type Hex } from 'viem';
import { fakeRouterAbi } from '../trade-contracts/router-abi';
import type { StepRequest } from './trade-steps';
import { ATTACKER } from './trade-types';

interface CalldataInput {
  request: StepRequest;
  bridge: boolean;
  toolKey: string;
  transactionId: Hex;
  /** The step's stated recipient (the attacker under 'attacker-recipient'). */
  toAddress: Address;
  toAmount: bigint;
  toAmountMin: bigint;
}

const HOUR = 3600;
const ZERO: Address = '0x0000000000000000000000000000000000000000';

/**
 * Calldata in the real LI.FI facet encodings (GenericSwapFacet / AcrossFacetV3), with the hostile variants
 * that only show in the calldata: the step itself still names the user as recipient.
 */
export function buildCalldata({ request, bridge, toolKey, transactionId, toAddress, toAmount, toAmountMin }: CalldataInput): Hex {
  const { faults, fromToken, toToken, fromAmount, integrator } = request;
  const user = request.toAddress as Address;
  if (faults.has('unknown-facet')) {
    // A function no LI.FI facet has, naming the user as an ABI word: the old "address appears somewhere" check passed it.
    return `${toFunctionSelector('function startBridgeTokensViaShadow(bytes32,address,address,uint256)')}${encodeAbiParameters([{ type: 'bytes32' }, { type: 'address' }, { type: 'address' }, { type: 'uint256' }], [transactionId, user, ATTACKER, fromAmount]).slice(2)}`;
  }
  const receiver = faults.has('refund-address-only') || faults.has('receiver-in-nested-swap') ? ATTACKER : toAddress;
  const now = Math.floor(Date.now() / 1000);
  if (bridge) {
    // Positional, as the canonical signatures carry no field names: ILiFi.BridgeData, then AcrossFacetV3.AcrossV3Data.
    const bridgeData = [transactionId, toolKey, integrator, ZERO, fromToken.address, receiver, fromAmount, BigInt(request.toChain.id), false, false];
    const fillDeadline = faults.has('revert-on-simulation') ? 1 : now + HOUR;
    const acrossData = [receiver, user, toToken.address, toAmount, 0n, ZERO, now, fillDeadline, 0, '0x'];
    return encodeFunctionData({ abi: fakeRouterAbi, functionName: 'startBridgeTokensViaAcrossV3', args: [bridgeData, acrossData] } as never);
  }
  const minAmountOut = faults.has('revert-on-simulation') ? toAmount + 1n : toAmountMin;
  const dexCall = faults.has('receiver-in-nested-swap') ? encodeAbiParameters([{ type: 'uint256' }, { type: 'address' }], [toAmount, user]) : encodeAbiParameters([{ type: 'uint256' }], [toAmount]);
  // LibSwap.SwapData: callTo, approveTo, sendingAssetId, receivingAssetId, fromAmount, callData, requiresDeposit.
  const swapData = [[request.fromChain.diamondAddress, request.fromChain.diamondAddress, fromToken.address, toToken.address, fromAmount, dexCall, true]];
  return encodeFunctionData({ abi: fakeRouterAbi, functionName: 'swapTokensGeneric', args: [transactionId, integrator, '', receiver, minAmountOut, swapData] } as never);
}
