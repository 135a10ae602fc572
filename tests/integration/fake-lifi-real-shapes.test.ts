import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keyPaths } from '../support/fake-lifi/key-paths';
import { buildRoute, buildStep } from '../support/fake-lifi/trade-steps';
import type { FakeChain, FakeToken } from '../support/fake-lifi/fake-lifi';

/**
 * The loopback fake must answer in LI.FI's real shapes: every key path (with its JSON type) of a real
 * answer in tests/fixtures/lifi-real/ exists in the fake's answer, apart from the few listed below with
 * the reason. Array items are merged, so `feeCosts[].included` means "some fee carries it".
 */
const read = (file: string) => JSON.parse(readFileSync(new URL(`../fixtures/lifi-real/${file}`, import.meta.url), 'utf8')) as unknown;
const verified = { tags: ['major_asset'], verificationStatus: 'verified', verificationStatusBreakdown: [{ provider: 'hypernative', result: 'verified', providerResult: 'accept' }] };
const ETH: FakeToken = { address: '0x0000000000000000000000000000000000000000', symbol: 'ETH', decimals: 18, chainId: 1, name: 'ETH', coinKey: 'ETH', priceUSD: '2000', ...verified };
const USDC: FakeToken = { address: '0xaf88d065e77c8cC2239327C5EDb3A432268e5831', symbol: 'USDC', decimals: 6, chainId: 42161, name: 'USD Coin', coinKey: 'USDC', priceUSD: '1', ...verified };
const chain = (id: number): FakeChain => ({ id, key: `c${id}`, name: `Chain ${id}`, chainType: 'EVM', coin: 'ETH', mainnet: true, nativeToken: { ...ETH, chainId: id }, multicallAddress: '0xcA11bde05977b3631167028862bE2a173976CA11', diamondAddress: '0x1231DEB6f5749EF6cE6943a275A1D3E7486F4EaE', metamask: { chainId: `0x${id.toString(16)}`, chainName: `Chain ${id}`, rpcUrls: ['http://127.0.0.1:9'], blockExplorerUrls: ['https://explorer.invalid/'], nativeCurrency: { name: 'ETH', symbol: 'ETH', decimals: 18 } } });
const ACCOUNT = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';
const fakeStep = (withTransaction: boolean) => buildStep({ id: 'r:0', fromChain: chain(1), toChain: chain(42161), fromToken: ETH, toToken: USDC, fromAmount: 10n ** 18n, fromAddress: ACCOUNT, toAddress: ACCOUNT, slippage: 0.005, rate: 2000, variant: 0, integrator: 'mc', logoBase: 'http://127.0.0.1:1', faults: new Set() }, withTransaction);

/** Paths of the real answer the fake leaves out on purpose. */
const NOT_IN_FAKE: [RegExp, string][] = [
  [/(^|\.)logoURI$/, 'token logos: the fake serves only its tool logos, and the browser journeys would load any other'],
  [/\.integratorFees\./, 'bignumber.js internals (s, e, c) of an integrator-fee object LI.FI serialises by mistake; nothing reads it'],
  [/\.jitoBundle$|\.destinationGasConsumption$/, 'tool-specific (Jito bundles on Solana, CCTP gas on the destination)'],
  [/^steps\[\]\.(includedSteps\[\]\.)?estimate\.data\./, "the 2022 tools' own quote data (1inch, 0x, Connext bids), different per tool"],
  [/^steps\[\]\.includedSteps\[\]\.integrator$/, 'an old field of inner steps'],
];

function missing(real: unknown, fake: unknown): string[] {
  const fakePaths = keyPaths(fake);
  const has = (path: string, type: string) => (type === 'array' ? [...fakePaths.keys()].some((p) => p === path || p.startsWith(`${path}[]`)) : fakePaths.get(path) === type);
  return [...keyPaths(real)].filter(([path, type]) => !has(path, type) && !NOT_IN_FAKE.some(([re]) => re.test(path))).map(([path, type]) => `${path}: ${type}`);
}

describe('the fake LI.FI answers in the real shapes', () => {
  it('GET /v1/quote and advanced/stepTransaction: every field of the real quote', () => {
    expect(missing(read('quote-eth-to-arb-celercircle.answer.json'), fakeStep(true))).toEqual([]);
  });

  it('advanced/routes: every field of the real 2022 route', () => {
    expect(missing(read('route-polygon-matic-to-gnosis-connext.route.json'), buildRoute('r', fakeStep(false), 10n ** 18n, ['RECOMMENDED']))).toEqual([]);
  });

  it('GET /v1/chains: every field of LI.FI\'s Ethereum entry', () => {
    const [ethereum] = (read('openapi-example-chains.answer.json') as { chains: unknown[] }).chains;
    expect(missing(ethereum, chain(1)).filter((p) => !/^(tokenlistUrl|logoURI)/.test(p))).toEqual([]);
  });

  it('the comparison itself notices a missing or retyped field', () => {
    const step = fakeStep(true) as { estimate: { feeCosts: Record<string, unknown>[] }; transactionRequest: Record<string, unknown> };
    delete step.estimate.feeCosts[0]!.included;
    step.transactionRequest.chainId = '1';
    expect(missing(read('quote-eth-to-arb-celercircle.answer.json'), step)).toEqual(['estimate.feeCosts[].included: boolean', 'includedSteps[].estimate.feeCosts[].included: boolean', 'transactionRequest.chainId: number']);
  });
});
