import { describe, expect, it } from 'vitest';
import type { LiFiStep, Route } from '@lifi/sdk';
import { checkRoute } from './check-route';
import type { PolicyContext, PolicyResult, RuleId, TradeRequest } from './policy-types';
import { ACCOUNT, ARB, ATTACKER, BASE, ETH, MALFORMED_ADDRESSES, MIS_CHECKSUMMED_ACCOUNT, USDC, WETH, makeContext, makeRoute, makeStep } from './test-fixtures';

function rules(result: PolicyResult): RuleId[] {
  return result.ok ? [] : result.violations.map((v) => v.rule);
}

function messages(result: PolicyResult, rule: RuleId): string[] {
  return result.ok ? [] : result.violations.filter((v) => v.rule === rule).map((v) => v.message);
}

const ARB_USDC = { ...USDC, chainId: ARB, address: '0xaf88d065e77c8cC2239327C5EDb3A432268e5831' };

/** Base USDC -> Arbitrum USDC in two steps: a bridge, then a (no-op) swap on Arbitrum. */
function twoStepRoute(): Route {
  const bridge = makeStep({ fromToken: USDC, toToken: ARB_USDC });
  bridge.estimate.toAmount = '100000000';
  bridge.estimate.toAmountMin = '99500000';
  const swap = makeStep({ fromToken: ARB_USDC, toToken: ARB_USDC });
  swap.id = 'step-2';
  swap.estimate.toAmount = '100000000';
  swap.estimate.toAmountMin = '99500000';
  const route = makeRoute(bridge);
  return { ...route, toChainId: ARB, toToken: ARB_USDC, toAmount: '100000000', toAmountMin: '99500000', steps: [bridge, swap] };
}

describe('checkRoute: route shape', () => {
  const shapeOnly = (route: unknown) => {
    const result = checkRoute(route as Route, makeContext());
    expect(result).toEqual({ ok: false, violations: [{ rule: 'route-shape', message: 'The route has no steps or no amount, so it cannot be checked.' }], warnings: [] });
  };

  it('refuses nothing at all, or a route whose steps are not a list', () => {
    shapeOnly(undefined);
    shapeOnly(null);
    shapeOnly({ ...makeRoute(), steps: { 0: makeStep() } });
  });

  it.each([
    ['no steps', { steps: [] }],
    ['a zero amount', { fromAmount: '0' }],
    ['a malformed amount', { fromAmount: '1e6' }],
    ['a negative amount', { fromAmount: '-100000000' }],
    ['no token to send', { fromToken: undefined }],
    ['no token to receive', { toToken: undefined }],
  ])('refuses %s with only the shape rule', (_name, patch) => {
    shapeOnly({ ...makeRoute(), ...patch });
  });

  it('a multi-step route whose steps chain up passes', () => {
    expect(checkRoute(twoStepRoute(), makeContext())).toMatchObject({ ok: true });
  });

  it('blocks a first step that starts on another chain or from another token', () => {
    const otherChain = twoStepRoute();
    otherChain.fromChainId = ARB;
    expect(messages(checkRoute(otherChain, makeContext()), 'route-shape')).toContain('The first step does not start from the token and chain of the route.');
    const otherToken = makeRoute();
    otherToken.fromToken = { ...USDC, address: WETH.address, symbol: 'WETH', decimals: 18 };
    expect(messages(checkRoute(otherToken, makeContext()), 'route-shape')).toEqual(['The first step does not start from the token and chain of the route.']);
  });

  it('blocks a last step that delivers on another chain or another token', () => {
    const otherChain = twoStepRoute();
    otherChain.toChainId = BASE;
    expect(messages(checkRoute(otherChain, makeContext()), 'route-shape')).toEqual(['The last step does not deliver the token and chain of the route.']);
    const otherToken = twoStepRoute();
    otherToken.steps[1]!.action.toToken = { ...ARB_USDC, address: '0xFd086bC7CD5C481DCC9C85ebE478A1C0b69FCbb9', symbol: 'USDT' };
    expect(messages(checkRoute(otherToken, makeContext()), 'route-shape')).toContain('The last step does not deliver the token and chain of the route.');
  });

  it('blocks a step that does not start where the previous one ended, naming both', () => {
    const route = twoStepRoute();
    route.steps[0]!.action.toChainId = BASE;
    expect(messages(checkRoute(route, makeContext()), 'route-shape')).toEqual(['Step 2 does not start on the chain where step 1 ends.']);
  });

  it('checks every gap of a longer route', () => {
    const route = twoStepRoute();
    const third = structuredClone(route.steps[1]!) as LiFiStep;
    third.id = 'step-3';
    third.action.fromChainId = BASE;
    route.steps = [route.steps[0]!, route.steps[1]!, third];
    route.toChainId = third.action.toChainId;
    expect(messages(checkRoute(route, makeContext()), 'route-shape')).toEqual(['Step 3 does not start on the chain where step 2 ends.']);
  });

  it('steps without an action are refused, not crashed on', () => {
    const route = twoStepRoute();
    (route.steps[1] as { action?: unknown }).action = undefined;
    (route.steps[0] as { action?: unknown }).action = undefined;
    const result = checkRoute(route, makeContext());
    expect(rules(result)).toContain('route-shape');
    expect(messages(result, 'approval-amount')).toEqual(['The first step would spend an unknown amount instead of the 100000000 you chose, so its approval would not be exact.']);
  });

  it('a route without chain ids whose steps have no action is refused, not crashed on', () => {
    const route = twoStepRoute();
    (route as { fromChainId?: number }).fromChainId = undefined;
    (route as { toChainId?: number }).toChainId = undefined;
    (route.steps[0] as { action?: unknown }).action = undefined;
    (route.steps[1] as { action?: unknown }).action = undefined;
    const result = checkRoute(route, makeContext());
    expect(messages(result, 'route-shape')).toEqual(expect.arrayContaining(['The first step does not start from the token and chain of the route.', 'The last step does not deliver the token and chain of the route.']));
  });

  it('steps whose action has no tokens are refused, not crashed on', () => {
    const route = makeRoute();
    (route.steps[0]!.action as { fromToken?: unknown; toToken?: unknown }).fromToken = undefined;
    (route.steps[0]!.action as { fromToken?: unknown; toToken?: unknown }).toToken = undefined;
    expect(messages(checkRoute(route, makeContext()), 'route-shape')).toEqual([
      'The first step does not start from the token and chain of the route.',
      'The last step does not deliver the token and chain of the route.',
      'A step of this route is incomplete (no action or estimate), so it cannot be checked.',
    ]);
  });
});

describe('checkRoute: sender and recipient of the route itself', () => {
  it('blocks a route addressed to someone else even when its steps pay the account', () => {
    const result = checkRoute({ ...makeRoute(), toAddress: ATTACKER }, makeContext());
    expect(result.ok ? [] : result.violations).toEqual([{ rule: 'recipient', message: 'The route would deliver the tokens to 0x0000…dEaD, not to your connected account.' }]);
  });

  it('blocks a route quoted from someone else even when its steps send from the account', () => {
    const result = checkRoute({ ...makeRoute(), fromAddress: ATTACKER }, makeContext());
    expect(result.ok ? [] : result.violations).toEqual([{ rule: 'sender', message: 'The route would send from 0x0000…dEaD, not from your connected account.' }]);
  });

  it('a route that names no addresses is judged by its steps', () => {
    const route: Route = { ...makeRoute() };
    delete route.fromAddress;
    delete route.toAddress;
    expect(checkRoute(route, makeContext()).ok).toBe(true);
  });

  it.each(Object.entries(MALFORMED_ADDRESSES))('a %s route sender or recipient is blocked', (_name, bad) => {
    expect(rules(checkRoute({ ...makeRoute(), fromAddress: bad }, makeContext()))).toEqual(['sender']);
    expect(rules(checkRoute({ ...makeRoute(), toAddress: bad }, makeContext()))).toEqual(['recipient']);
  });

  it('a mis-checksummed spelling of the account everywhere still is the account', () => {
    const step = makeStep();
    step.action.fromAddress = MIS_CHECKSUMMED_ACCOUNT;
    step.action.toAddress = MIS_CHECKSUMMED_ACCOUNT;
    expect(checkRoute({ ...makeRoute(step), fromAddress: MIS_CHECKSUMMED_ACCOUNT, toAddress: MIS_CHECKSUMMED_ACCOUNT }, makeContext()).ok).toBe(true);
  });
});

describe('checkRoute: matches what was asked', () => {
  const request: TradeRequest = { fromChainId: BASE, fromTokenAddress: USDC.address, fromAmount: 100_000_000n, toChainId: BASE, toTokenAddress: WETH.address };
  const withRequest = (patch: Partial<TradeRequest>): PolicyContext => makeContext({ request: { ...request, ...patch } });

  it('passes the request it answers, in any address case', () => {
    expect(checkRoute(makeRoute(), withRequest({ fromTokenAddress: USDC.address.toLowerCase() })).ok).toBe(true);
  });

  it.each([
    ['source chain', { fromChainId: ARB }],
    ['destination chain', { toChainId: ARB }],
    ['token to send', { fromTokenAddress: ETH.address }],
    ['token to receive', { toTokenAddress: USDC.address }],
    ['amount', { fromAmount: 100_000_001n }],
    ['a malformed token address', { toTokenAddress: MALFORMED_ADDRESSES['non-hex'] }],
  ] as const)('blocks another %s', (_name, patch) => {
    const result = checkRoute(makeRoute(), withRequest(patch));
    expect(result.ok ? [] : result.violations).toEqual([{ rule: 'matches-request', message: 'The route does not match what you asked for (chains, tokens or amount differ).' }]);
  });
});

describe('checkRoute: tokens are checked on both ends', () => {
  it('names the side of a token missing from the verified list', () => {
    const tokens = makeContext().tokens.filter((t) => t.symbol !== 'USDC');
    const result = checkRoute(makeRoute(), makeContext({ tokens }));
    expect(messages(result, 'verified-token')).toEqual([`The token USDC at 0x8335…2913 on chain ${BASE} is not on the verified token list.`]);
    const noWeth = makeContext({ tokens: makeContext().tokens.filter((t) => t.symbol !== 'WETH') });
    expect(messages(checkRoute(makeRoute(), noWeth), 'verified-token')).toEqual([`The token WETH at 0x4200…0006 on chain ${BASE} is not on the verified token list.`]);
  });

  it('a route whose steps name the tokens but whose own tokens lack an address is refused on both sides', () => {
    const route = makeRoute();
    route.fromToken = { ...route.fromToken, address: '' };
    route.toToken = { ...route.toToken, address: '' };
    expect(messages(checkRoute(route, makeContext()), 'verified-token')).toEqual(['The token you would send is missing from the route.', 'The token you would receive is missing from the route.']);
  });
});

describe('checkRoute: balance and gas reserve at the edge', () => {
  it('spending exactly the balance of a token is allowed; one unit more is not', () => {
    expect(checkRoute(makeRoute(), makeContext({ balanceOf: () => 100_000_000n })).ok).toBe(true);
    const over = checkRoute(makeRoute(), makeContext({ balanceOf: () => 99_999_999n }));
    expect(over.ok ? [] : over.violations).toEqual([{ rule: 'balance', message: 'You want to send more USDC than you hold.' }]);
  });

  it('an unreadable balance is named as such', () => {
    const result = checkRoute(makeRoute(), makeContext({ balanceOf: () => undefined }));
    expect(result.ok ? [] : result.violations).toEqual([{ rule: 'balance', message: 'Your USDC balance could not be read, so the amount cannot be checked.' }]);
  });

  it('asks the balance of the token and chain being spent', () => {
    const asked: Array<[number, string]> = [];
    checkRoute(makeRoute(), makeContext({ balanceOf: (chainId, address) => (asked.push([chainId, address]), 10n ** 9n) }));
    expect(asked).toEqual([[BASE, USDC.address]]);
  });

  it('native coin: amount plus reserve may equal the balance; one unit less is blocked', () => {
    const route = makeRoute(makeStep({ fromToken: ETH, toToken: USDC }));
    const amount = 50_000_000_000_000_000n;
    const reserve = 5_000_000_000_000_000n;
    expect(checkRoute(route, makeContext({ balanceOf: () => amount + reserve })).ok).toBe(true);
    const short = checkRoute(route, makeContext({ balanceOf: () => amount + reserve - 1n }));
    expect(short.ok ? [] : short.violations).toEqual([{ rule: 'gas-reserve', message: 'Sending this much ETH would leave too little to pay for gas; send less and keep a reserve.' }]);
  });

  it('the reserve is asked for the source chain and ignored for tokens', () => {
    const chains: number[] = [];
    const gasReserve = (chainId: number) => (chains.push(chainId), 10n ** 30n);
    expect(checkRoute(makeRoute(), makeContext({ gasReserve })).ok).toBe(true);
    expect(chains).toEqual([]);
    expect(rules(checkRoute(makeRoute(makeStep({ fromToken: ETH, toToken: USDC })), makeContext({ gasReserve })))).toEqual(['gas-reserve']);
    expect(chains).toEqual([BASE]);
  });
});

describe('checkRoute: zero amounts', () => {
  it('a route that spends zero is refused before any other rule', () => {
    const step = makeStep({ fromAmount: '0' });
    expect(rules(checkRoute(makeRoute(step), makeContext()))).toEqual(['route-shape']);
  });

  it('a route that spends something but receives zero is blocked as a total loss', () => {
    const step = makeStep();
    step.estimate.toAmount = '0';
    step.estimate.toAmountMin = '0';
    const route = { ...makeRoute(step), toAmount: '0', toAmountUSD: '0' };
    const result = checkRoute(route, makeContext({ valueLossConfirmed: true }));
    expect(rules(result)).toEqual(['value-loss']);
    expect(result.valueLoss?.level).toBe('blocked');
  });

  it('a first step that spends zero while the route spends 100 USDC is refused', () => {
    const step = makeStep();
    const route = makeRoute(step);
    step.action.fromAmount = '0';
    expect(messages(checkRoute(route, makeContext()), 'approval-amount')).toEqual(['The first step would spend 0 instead of the 100000000 you chose, so its approval would not be exact.']);
  });
});

describe('checkRoute: value-loss messages', () => {
  it('a warning names the loss', () => {
    const result = checkRoute(makeRoute(makeStep({ lossFraction: 0.05 })), makeContext());
    expect(result.warnings).toEqual([{ rule: 'value-loss', message: 'You would lose 5.1 % of the value (after gas and fees).' }]);
  });

  it('a route without any loss and an account in another case passes cleanly', () => {
    expect(checkRoute(makeRoute(), makeContext({ account: ACCOUNT.toLowerCase() }))).toMatchObject({ ok: true, warnings: [] });
  });
});
