import { parseAbi } from 'viem';

/** FakeLifiRouter's interface, kept by hand so building calldata needs no compile. */
export const fakeRouterAbi = parseAbi([
  'function swap(bytes32 transactionId, address receiver, address fromToken, uint256 fromAmount, address toToken, uint256 toAmount, uint256 minAmountOut) payable',
  'function startBridge(bytes32 transactionId, address receiver, address fromToken, uint256 fromAmount, uint256 destinationChainId, address toToken, uint256 toAmount, uint256 minAmountOut) payable',
  'function release(bytes32 transactionId, address receiver, address toToken, uint256 toAmount)',
  'function released(bytes32 transactionId) view returns (bool)',
  'event Swapped(bytes32 indexed transactionId, address indexed sender, address receiver, address fromToken, uint256 fromAmount, address toToken, uint256 toAmount)',
  'event BridgeStarted(bytes32 indexed transactionId, address indexed sender, address receiver, address fromToken, uint256 fromAmount, uint256 destinationChainId, address toToken, uint256 toAmount)',
  'event BridgeReleased(bytes32 indexed transactionId, address indexed receiver, address toToken, uint256 toAmount)',
]);
