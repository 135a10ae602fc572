import { encodeFunctionData, erc20Abi, maxUint256 } from 'viem';
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

/** A diamond call whose calldata names `recipient` as an ABI word, as LI.FI's swap facets do. */
export function swapRequest(overrides: Partial<PolicyTransactionRequest> = {}, recipient: string = ACCOUNT): PolicyTransactionRequest {
  const word = recipient.toLowerCase().replace(/^0x/, '').padStart(64, '0');
  return { requestType: 'transaction', to: DIAMOND, from: ACCOUNT, chainId: BASE, value: 0n, data: `0x12345678${'0'.repeat(64)}${word}`, ...overrides };
}

export const UNLIMITED = maxUint256;
