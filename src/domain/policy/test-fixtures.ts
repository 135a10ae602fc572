import { encodeAbiParameters, encodeFunctionData, erc20Abi, maxUint256, parseAbiItem } from 'viem';
import type { LiFiStep, Route, Token } from '@lifi/sdk';
import type { PolicyContext, PolicyTransactionRequest } from './policy-types';

/** Fixtures for the policy unit tests: a clean same-chain USDC -> WETH swap on Base. */
export const ACCOUNT = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';
export const ATTACKER = '0x000000000000000000000000000000000000dEaD';
export const DIAMOND = '0x1231DEB6f5749EF6cE6943a275A1D3E7486F4EaE';
export const BASE = 8453;
export const ARB = 42161;

export const USDC: Token = { chainId: BASE, address: '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913', symbol: 'USDC', decimals: 6, name: 'USD Coin', priceUSD: '1' };
export const WETH: Token = { chainId: BASE, address: '0x4200000000000000000000000000000000000006', symbol: 'WETH', decimals: 18, name: 'Wrapped Ether', priceUSD: '2000' };
export const ETH: Token = { chainId: BASE, address: '0x0000000000000000000000000000000000000000', symbol: 'ETH', decimals: 18, name: 'Ether', priceUSD: '2000' };

const gas = (usd: string) => [{ type: 'SEND' as const, price: '1', estimate: '1', limit: '1', amount: '1', amountUSD: usd, token: ETH }];

/** 100 USDC -> 0.05 WETH ($100), 0.5 % slippage, $0.10 gas. `lossFraction` lowers what comes back. */
export function makeStep(overrides: { fromToken?: Token; toToken?: Token; fromAmount?: string; lossFraction?: number } = {}): LiFiStep {
  const fromToken = overrides.fromToken ?? USDC;
  const toToken = overrides.toToken ?? WETH;
  const fromAmount = overrides.fromAmount ?? (fromToken === ETH ? 50_000_000_000_000_000n : 100_000_000n).toString();
  const keep = 1 - (overrides.lossFraction ?? 0);
  const toAmount = fromToken === ETH ? BigInt(Math.round(100_000_000 * keep)) : BigInt(Math.round(50_000 * keep)) * 1_000_000_000_000n;
  const toAmountMin = (toAmount * 995n) / 1000n;
  return {
    id: 'step-1',
    type: 'lifi',
    tool: 'fakeswap',
    toolDetails: { key: 'fakeswap', name: 'FakeSwap', logoURI: 'https://example.test/fakeswap.svg' },
    action: { fromChainId: fromToken.chainId, fromAmount, fromToken, fromAddress: ACCOUNT, toChainId: toToken.chainId, toToken, toAddress: ACCOUNT, slippage: 0.005 },
    estimate: {
      tool: 'fakeswap',
      fromAmount,
      toAmount: toAmount.toString(),
      toAmountMin: toAmountMin.toString(),
      approvalAddress: DIAMOND,
      executionDuration: 30,
      gasCosts: gas('0.10'),
      feeCosts: [],
    },
    includedSteps: [],
  };
}

export function makeRoute(step: LiFiStep = makeStep()): Route {
  return {
    id: 'route-1',
    insurance: { state: 'NOT_INSURABLE', feeAmountUsd: '0' },
    fromChainId: step.action.fromChainId,
    fromAmount: step.action.fromAmount,
    fromAmountUSD: '100',
    fromToken: step.action.fromToken,
    fromAddress: ACCOUNT,
    toChainId: step.action.toChainId,
    toAmount: step.estimate.toAmount,
    toAmountMin: step.estimate.toAmountMin,
    toAmountUSD: '100',
    toToken: step.action.toToken,
    toAddress: ACCOUNT,
    gasCostUSD: '0.10',
    steps: [step],
  };
}

export function makeContext(overrides: Partial<PolicyContext> = {}): PolicyContext {
  return {
    account: ACCOUNT,
    diamonds: { [BASE]: DIAMOND, [ARB]: DIAMOND },
    tokens: [USDC, WETH, ETH, { ...USDC, chainId: ARB, address: '0xaf88d065e77c8cC2239327C5EDb3A432268e5831' }],
    balanceOf: (_chainId, address) => (address.toLowerCase() === ETH.address ? 10n ** 18n : 1_000_000_000n),
    slippage: 0.005,
    gasReserve: () => 5_000_000_000_000_000n,
    ...overrides,
  };
}

export function approveRequest(spender: string, amount: bigint, to: string = USDC.address): PolicyTransactionRequest {
  return { requestType: 'approve', to, data: encodeFunctionData({ abi: erc20Abi, functionName: 'approve', args: [spender as `0x${string}`, amount] }) };
}

const swapTokensGeneric = parseAbiItem('function swapTokensGeneric(bytes32,string,string,address,uint256,(address,address,address,address,uint256,bytes,bool)[])');
const startBridgeTokensViaAcrossV3 = parseAbiItem('function startBridgeTokensViaAcrossV3((bytes32,string,string,address,address,address,uint256,uint256,bool,bool),(address,address,address,uint256,uint16,address,uint32,uint32,uint32,bytes))');
const ZERO = '0x0000000000000000000000000000000000000000';
const TX_ID = `0x${'ab'.repeat(32)}` as const;

/** GenericSwapFacet.swapTokensGeneric paying `receiver`; `nested` goes inside the DEX call data. */
export function swapCalldata(receiver: string = ACCOUNT, nested: string = ZERO): `0x${string}` {
  const dexCall = encodeAbiParameters([{ type: 'uint256' }, { type: 'address' }], [1n, nested as `0x${string}`]);
  const swap = [DIAMOND, DIAMOND, USDC.address, WETH.address, 100_000_000n, dexCall, true] as const;
  return encodeFunctionData({ abi: [swapTokensGeneric], args: [TX_ID, 'market-companion', '', receiver as `0x${string}`, 1n, [swap as never]] });
}

/** AcrossFacetV3.startBridgeTokensViaAcrossV3: BridgeData.receiver, then Across's own receiver and refund address. */
export function bridgeCalldata(opts: { receiver?: string; refund?: string; destinationChainId?: number; hasDestinationCall?: boolean } = {}): `0x${string}` {
  const receiver = (opts.receiver ?? ACCOUNT) as `0x${string}`;
  const bridgeData = [TX_ID, 'across', 'market-companion', ZERO, USDC.address, receiver, 100_000_000n, BigInt(opts.destinationChainId ?? ARB), false, opts.hasDestinationCall ?? false] as const;
  const acrossData = [receiver, (opts.refund ?? ACCOUNT) as `0x${string}`, WETH.address, 1n, 0, ZERO, 0, 0, 0, '0x'] as const;
  return encodeFunctionData({ abi: [startBridgeTokensViaAcrossV3], args: [bridgeData as never, acrossData as never] });
}

/** A diamond call in LI.FI's real swap encoding, paying `recipient`. */
export function swapRequest(overrides: Partial<PolicyTransactionRequest> = {}, recipient: string = ACCOUNT): PolicyTransactionRequest {
  return { requestType: 'transaction', to: DIAMOND, from: ACCOUNT, chainId: BASE, value: 0n, data: swapCalldata(recipient), ...overrides };
}

export const UNLIMITED = maxUint256;

/** Ways an address can be wrong; each must match nothing (and throw nowhere) in every rule. */
export const MALFORMED_ADDRESSES = {
  empty: '',
  short: '0x70997970C51812dc3A010C7d01b50e0d17dc79',
  long: `${ACCOUNT}00`,
  'non-hex': '0x70997970C51812dc3A010C7d01b50e0d17dc79Zz',
  'no 0x': ACCOUNT.slice(2),
  'only 0x': '0x',
} as const;

/** ACCOUNT with one letter's case flipped: the same 20 bytes under a wrong EIP-55 checksum. */
export const MIS_CHECKSUMMED_ACCOUNT = '0x70997970c51812dc3A010C7d01b50e0d17dc79C8';
