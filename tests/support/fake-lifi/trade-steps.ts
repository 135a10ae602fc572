import { keccak256, maxUint256, toHex, type Address } from 'viem';
import type { FakeChain, FakeToken } from './fake-lifi';
import { buildCalldata } from './trade-calldata';
import { convertAmount, usdOf } from './trade-amounts';
import { ATTACKER, NATIVE, type TradeFault } from './trade-types';

export interface StepRequest {
  id: string;
  fromChain: FakeChain;
  toChain: FakeChain;
  fromToken: FakeToken;
  toToken: FakeToken;
  fromAmount: bigint;
  fromAddress: string;
  toAddress: string;
  slippage: number;
  /** Whole to-tokens per whole from-token. */
  rate: number;
  /** 0: the best return; 1: an "express" variant, a little less but faster. */
  variant: 0 | 1;
  integrator: string;
  logoBase: string;
  faults: ReadonlySet<TradeFault>;
}

const GAS_LIMIT = 400_000n;
const GAS_PRICE = 1_000_000_000n;
const LIFI_FEE_BPS = 25n;

/** Builds a LI.FI step (type 'lifi') in the REST shape; `withTransaction` adds the transactionRequest. */
export function buildStep(request: StepRequest, withTransaction: boolean) {
  const { fromChain, toChain, fromToken, toToken, fromAmount, faults } = request;
  const bridge = fromChain.id !== toChain.id;
  const toolKey = `${bridge ? 'fakebridge' : 'fakeswap'}${request.variant === 1 ? '-express' : ''}`;
  const toolDetails = { key: toolKey, name: `${bridge ? 'FakeBridge' : 'FakeSwap'}${request.variant === 1 ? ' Express' : ''}`, logoURI: `${request.logoBase}/logos/${toolKey}.svg` };
  const fee = (fromAmount * LIFI_FEE_BPS) / 10_000n;
  let toAmount = convertAmount(fromAmount - fee, fromToken, toToken, request.rate);
  if (request.variant === 1) toAmount = (toAmount * 998n) / 1000n;
  if (faults.has('value-loss-12')) toAmount = (toAmount * 88n) / 100n;
  if (faults.has('value-loss-25')) toAmount = (toAmount * 75n) / 100n;
  const slippage = faults.has('slippage-50') ? 0.5 : request.slippage;
  const toAmountMin = (toAmount * BigInt(Math.round((1 - slippage) * 1_000_000))) / 1_000_000n;
  const spend = faults.has('unlimited-approval') ? maxUint256 : fromAmount;
  const toAddress = faults.has('attacker-recipient') ? ATTACKER : request.toAddress;
  const approvalAddress = faults.has('approval-spender') ? ATTACKER : fromChain.diamondAddress;
  const transactionId = keccak256(toHex(request.id));
  const gasAmount = GAS_LIMIT * GAS_PRICE;
  const duration = bridge ? (request.variant === 1 ? 30 : 90) : request.variant === 1 ? 10 : 20;

  const action = { fromChainId: fromChain.id, fromAmount: spend.toString(), fromToken, fromAddress: request.fromAddress, toChainId: toChain.id, toToken, toAddress, slippage };
  const estimate = {
    tool: toolKey,
    fromAmount: spend.toString(),
    fromAmountUSD: usdOf(fromAmount, fromToken),
    toAmount: toAmount.toString(),
    toAmountMin: toAmountMin.toString(),
    toAmountUSD: usdOf(toAmount, toToken),
    approvalAddress,
    executionDuration: duration,
    feeCosts: [{ name: 'LI.FI Fee', description: 'Fee charged by LI.FI', percentage: '0.0025', token: fromToken, amount: fee.toString(), amountUSD: usdOf(fee, fromToken), included: true, feeSplit: { lifiFee: fee.toString(), integratorFee: '0', recipients: [{ name: 'lifi', type: 'FIXED', fee: fee.toString() }] } }],
    gasCosts: [{ type: 'SEND', price: GAS_PRICE.toString(), estimate: GAS_LIMIT.toString(), limit: GAS_LIMIT.toString(), amount: gasAmount.toString(), amountUSD: usdOf(gasAmount, fromChain.nativeToken), token: fromChain.nativeToken }],
    // As real LI.FI answers: a native coin needs no approval (tests/fixtures/lifi-real/quote-eth-to-arb-celercircle.answer.json).
    ...(fromToken.address.toLowerCase() === NATIVE ? { skipApproval: true } : {}),
  };
  const included = { id: `${request.id}:inner`, type: bridge ? 'cross' : 'swap', tool: toolKey, toolDetails, action, estimate };
  const step: Record<string, unknown> = { id: request.id, type: 'lifi', tool: toolKey, toolDetails, action, estimate, includedSteps: [included], integrator: request.integrator, transactionId };
  if (withTransaction) {
    step.stepSimulation = { status: 'success', gasSource: 'simulation' };
    const data = buildCalldata({ request, bridge, toolKey, transactionId, toAddress: toAddress as Address, toAmount, toAmountMin });
    step.transactionRequest = {
      to: faults.has('unknown-to') ? ATTACKER : fromChain.diamondAddress,
      from: request.fromAddress,
      data,
      value: toHex(fromToken.address.toLowerCase() === NATIVE ? fromAmount : 0n),
      gasLimit: toHex(GAS_LIMIT),
      gasPrice: toHex(GAS_PRICE),
      chainId: faults.has('chain-id-mismatch') ? (fromChain.id === 1 ? 10 : 1) : fromChain.id,
    };
  }
  return step;
}

/** Wraps one step into a LI.FI Route. */
export function buildRoute(routeId: string, step: ReturnType<typeof buildStep>, fromAmount: bigint, tags: string[]) {
  const action = step.action as { fromChainId: number; fromToken: FakeToken; fromAddress: string; toChainId: number; toToken: FakeToken; toAddress: string };
  const estimate = step.estimate as { fromAmountUSD: string; toAmount: string; toAmountMin: string; toAmountUSD: string; gasCosts: { amountUSD: string }[] };
  return {
    id: routeId,
    insurance: { state: 'NOT_INSURABLE', feeAmountUsd: '0' },
    fromChainId: action.fromChainId,
    fromAmount: fromAmount.toString(),
    fromAmountUSD: estimate.fromAmountUSD,
    fromToken: action.fromToken,
    fromAddress: action.fromAddress,
    toChainId: action.toChainId,
    toAmountUSD: estimate.toAmountUSD,
    toAmount: estimate.toAmount,
    toAmountMin: estimate.toAmountMin,
    toToken: action.toToken,
    toAddress: action.toAddress,
    gasCostUSD: estimate.gasCosts[0]?.amountUSD ?? '0',
    containsSwitchChain: false,
    steps: [step],
    tags,
  };
}
