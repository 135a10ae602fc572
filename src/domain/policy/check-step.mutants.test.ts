import { describe, expect, it } from 'vitest';
import type { LiFiStep } from '@lifi/sdk';
import { checkStep } from './check-step';
import { Findings } from './policy-helpers';
import type { PolicyContext, PolicyFinding, RuleId } from './policy-types';
import { ACCOUNT, ATTACKER, BASE, DIAMOND, ETH, MALFORMED_ADDRESSES, MIS_CHECKSUMMED_ACCOUNT, USDC, makeContext, makeStep } from './test-fixtures';

function run(step: LiFiStep, ctx: PolicyContext = makeContext()): PolicyFinding[] {
  const findings = new Findings();
  checkStep(step, ctx, findings);
  expect(findings.warnings).toEqual([]);
  return findings.violations;
}

function rules(step: LiFiStep, ctx?: PolicyContext): RuleId[] {
  return run(step, ctx).map((v) => v.rule);
}

/** A step whose minimum is `fraction` below its estimate. */
function withImpliedSlippage(fraction: number, statedSlippage?: number): LiFiStep {
  const step = makeStep();
  const toAmount = 10n ** 18n;
  step.estimate.toAmount = toAmount.toString();
  step.estimate.toAmountMin = (toAmount - BigInt(Math.round(fraction * 1e18))).toString();
  step.action.slippage = statedSlippage;
  return step;
}

describe('checkStep: a clean step', () => {
  it('passes with no finding at all', () => {
    expect(run(makeStep())).toEqual([]);
  });
});

describe('checkStep: incomplete steps are refused without throwing', () => {
  it.each(['action', 'estimate'] as const)('no %s', (part) => {
    const step = makeStep() as unknown as Record<string, unknown>;
    step[part] = undefined;
    expect(run(step as unknown as LiFiStep)).toEqual([{ rule: 'route-shape', message: 'A step of this route is incomplete (no action or estimate), so it cannot be checked.' }]);
  });

  it.each(['fromToken', 'toToken'] as const)('no action.%s', (part) => {
    const step = makeStep();
    (step.action as unknown as Record<string, unknown>)[part] = undefined;
    expect(rules(step)).toEqual(['route-shape']);
  });
});

describe('checkStep: sender and recipient are the connected account', () => {
  it('names the address the step would send from, and the one it would pay', () => {
    const step = makeStep();
    step.action.fromAddress = ATTACKER;
    step.action.toAddress = ATTACKER;
    expect(run(step)).toEqual([
      { rule: 'sender', message: 'The route would send from 0x0000…dEaD, not from your connected account 0x7099…79C8.' },
      { rule: 'recipient', message: 'The route would deliver the tokens to 0x0000…dEaD, not to your connected account 0x7099…79C8.' },
    ]);
  });

  it('blocks only the recipient when only the recipient is someone else', () => {
    const step = makeStep();
    step.action.toAddress = ATTACKER;
    expect(rules(step)).toEqual(['recipient']);
  });

  it.each(Object.entries(MALFORMED_ADDRESSES))('a %s sender or recipient is blocked', (_name, bad) => {
    const from = makeStep();
    from.action.fromAddress = bad;
    expect(rules(from)).toEqual(['sender']);
    const to = makeStep();
    to.action.toAddress = bad;
    expect(rules(to)).toEqual(['recipient']);
  });

  it('a missing recipient is blocked and named as unknown', () => {
    const step = makeStep();
    (step.action as { toAddress?: string }).toAddress = undefined;
    expect(run(step)).toEqual([{ rule: 'recipient', message: 'The route would deliver the tokens to an unknown address, not to your connected account 0x7099…79C8.' }]);
  });

  it('a malformed connected account matches no step', () => {
    expect(rules(makeStep(), makeContext({ account: MALFORMED_ADDRESSES.short }))).toEqual(['sender', 'recipient']);
  });

  it('a mis-checksummed spelling of the account is the same account', () => {
    const step = makeStep();
    step.action.fromAddress = MIS_CHECKSUMMED_ACCOUNT;
    step.action.toAddress = MIS_CHECKSUMMED_ACCOUNT;
    expect(run(step)).toEqual([]);
  });
});

describe('checkStep: stated slippage', () => {
  it('allows exactly the setting, blocks anything above it, with both figures in the message', () => {
    const at = makeStep();
    at.action.slippage = 0.005;
    expect(run(at)).toEqual([]);
    const above = makeStep();
    above.action.slippage = 0.0051;
    expect(run(above)).toEqual([{ rule: 'slippage', message: 'The route allows 0.5 % slippage; your setting allows at most 0.5 %.' }]);
    const far = makeStep();
    far.action.slippage = 0.02;
    expect(run(far)[0]?.message).toBe('The route allows 2.0 % slippage; your setting allows at most 0.5 %.');
  });

  it('float noise of 1e-12 above the setting is not more slippage', () => {
    const step = makeStep();
    step.action.slippage = 0.005 + 1e-12;
    expect(run(step)).toEqual([]);
  });

  it('a route that states no slippage is judged by its minimum alone', () => {
    expect(run(withImpliedSlippage(0.004, undefined))).toEqual([]);
  });

  it('a stated slippage that is not a number is blocked', () => {
    for (const stated of [Number.NaN, Number.POSITIVE_INFINITY]) {
      const step = makeStep();
      step.action.slippage = stated;
      expect(rules(step), String(stated)).toEqual(['slippage']);
    }
  });
});

describe('checkStep: slippage implied by the minimum', () => {
  it('allows the setting plus the 1 bp rounding room, blocks beyond it', () => {
    expect(run(withImpliedSlippage(0.005, 0.005))).toEqual([]);
    expect(run(withImpliedSlippage(0.0051, 0.005))).toEqual([]);
    expect(run(withImpliedSlippage(0.0052, 0.005))).toEqual([{ rule: 'slippage', message: 'The minimum you would receive is 0.5 % below the estimate; your setting allows at most 0.5 %.' }]);
    expect(run(withImpliedSlippage(0.03, 0.005))[0]?.message).toBe('The minimum you would receive is 3.0 % below the estimate; your setting allows at most 0.5 %.');
  });

  it('a zero estimate skips the implied check instead of dividing by zero', () => {
    const step = makeStep();
    step.estimate.toAmount = '0';
    step.estimate.toAmountMin = '0';
    expect(run(step)).toEqual([]);
  });

  it('a minimum above the estimate is no slippage', () => {
    const step = makeStep();
    step.estimate.toAmountMin = (BigInt(step.estimate.toAmount) * 2n).toString();
    expect(run(step)).toEqual([]);
  });
});

describe('checkStep: amounts', () => {
  it.each([
    ['toAmount', 'lots'],
    ['toAmountMin', '-1'],
    ['toAmountMin', undefined],
  ] as const)('a malformed estimate.%s (%s) is refused', (field, value) => {
    const step = makeStep();
    (step.estimate as unknown as Record<string, unknown>)[field] = value;
    expect(run(step)).toEqual([{ rule: 'route-shape', message: 'A step of this route has a missing or malformed amount.' }]);
  });

  it.each(['0', '', '1.5', undefined])('an amount to spend of %s is refused', (fromAmount) => {
    const step = makeStep();
    (step.action as { fromAmount?: string }).fromAmount = fromAmount;
    expect(rules(step)).toEqual(['route-shape']);
  });
});

describe('checkStep: the contract that may spend the tokens', () => {
  it('blocks a chain with no known LI.FI contract, naming the chain', () => {
    expect(run(makeStep(), makeContext({ diamonds: {} }))).toEqual([{ rule: 'to-is-lifi-contract', message: `No LI.FI contract is known for chain ${BASE}, so its transactions cannot be checked.` }]);
  });

  it('blocks an approval address that is not the diamond, naming both', () => {
    const step = makeStep();
    step.estimate.approvalAddress = ATTACKER;
    expect(run(step)).toEqual([{ rule: 'approval-spender', message: 'The route asks to approve 0x0000…dEaD to spend your USDC, which is not the LI.FI contract 0x1231…4EaE.' }]);
  });

  it.each(Object.entries(MALFORMED_ADDRESSES))('blocks a %s approval address', (_name, bad) => {
    const step = makeStep();
    step.estimate.approvalAddress = bad;
    expect(rules(step)).toEqual(['approval-spender']);
  });

  it('blocks a malformed diamond in the context rather than trusting it', () => {
    expect(rules(makeStep(), makeContext({ diamonds: { [BASE]: MALFORMED_ADDRESSES['non-hex'] } }))).toEqual(['approval-spender']);
  });

  it('needs no approval address when spending the native coin', () => {
    const step = makeStep({ fromToken: ETH, toToken: USDC });
    step.estimate.approvalAddress = ATTACKER;
    expect(run(step)).toEqual([]);
  });

  it('needs no approval address when LI.FI says the step skips the approval, but a token step without that flag does', () => {
    const skip = makeStep();
    skip.estimate.approvalAddress = ATTACKER;
    skip.estimate.skipApproval = true;
    expect(run(skip)).toEqual([]);
    skip.estimate.skipApproval = false;
    expect(rules(skip)).toEqual(['approval-spender']);
  });

  it('accepts the diamond in any letter case', () => {
    const step = makeStep();
    step.estimate.approvalAddress = DIAMOND.toLowerCase();
    expect(run(step, makeContext({ account: ACCOUNT.toLowerCase() }))).toEqual([]);
  });
});
