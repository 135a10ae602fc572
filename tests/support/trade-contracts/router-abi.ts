import { parseAbi, parseAbiItem, type AbiFunction } from 'viem';
import { LIFI_FACET_SIGNATURES } from '@/domain/policy/lifi-facet-signatures';

/** The real LI.FI facet function FakeLifiRouter implements, taken from the policy's own signature list. */
function facetFunction(name: string): AbiFunction {
  const entry = LIFI_FACET_SIGNATURES.find((s) => s.signature.startsWith(`${name}(`));
  if (!entry) throw new Error(`no LI.FI facet signature for ${name}`);
  return { ...(parseAbiItem(`function ${entry.signature}`) as AbiFunction), stateMutability: 'payable' };
}

/** FakeLifiRouter's interface, kept by hand so building calldata needs no compile. */
export const fakeRouterAbi = [
  facetFunction('swapTokensGeneric'),
  facetFunction('startBridgeTokensViaAcrossV3'),
  ...parseAbi([
    'function release(bytes32 transactionId, address receiver, address toToken, uint256 toAmount)',
    'function released(bytes32 transactionId) view returns (bool)',
    'event Swapped(bytes32 indexed transactionId, address indexed sender, address receiver, address fromToken, uint256 fromAmount, address toToken, uint256 toAmount)',
    'event BridgeStarted(bytes32 indexed transactionId, address indexed sender, address receiver, address fromToken, uint256 fromAmount, uint256 destinationChainId, address toToken, uint256 toAmount)',
    'event BridgeReleased(bytes32 indexed transactionId, address indexed receiver, address toToken, uint256 toAmount)',
  ]),
] as const;
