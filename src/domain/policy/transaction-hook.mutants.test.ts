import { describe, expect, it } from 'vitest';
import { createPolicyTransactionHook, findExecutingStep } from './transaction-hook';
import { PolicyViolationError } from './policy-error';
import type { PolicyFinding, PolicyTransactionRequest } from './policy-types';
import { ATTACKER, DIAMOND, UNLIMITED, approveRequest, makeContext, makeStep } from './test-fixtures';

async function rejection(promise: Promise<unknown>): Promise<PolicyViolationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PolicyViolationError);
  return error as PolicyViolationError;
}

describe('findExecutingStep', () => {
  it('a step that has not started (no execution yet) is the one executing', () => {
    const notStarted: Array<{ id: string; execution?: { status?: string } }> = [{ id: 'a' }, { id: 'b' }];
    expect(findExecutingStep(notStarted)?.id).toBe('a');
    const noStatus: Array<{ id: string; execution?: { status?: string } }> = [{ id: 'a', execution: {} }];
    expect(findExecutingStep(noStatus)?.id).toBe('a');
    expect(findExecutingStep([])).toBeUndefined();
  });
});

describe('createPolicyTransactionHook', () => {
  it('with no executing step: blocks with the route-shape rule, tells onBlocked, never simulates', async () => {
    const blocked: PolicyFinding[][] = [];
    let simulated = false;
    const hook = createPolicyTransactionHook({
      currentStep: () => undefined,
      context: () => makeContext(),
      simulate: async () => ((simulated = true), { ok: true }),
      onBlocked: (violations) => blocked.push(violations),
    });
    const error = await rejection(hook(approveRequest(DIAMOND, 100_000_000n)));
    const expected = [{ rule: 'route-shape', message: 'No step of the route is being executed, so this transaction cannot be checked.' }];
    expect(error.violations).toEqual(expected);
    expect(blocked).toEqual([expected]);
    expect(simulated).toBe(false);
  });

  it('simulates the exact request with the executing step', async () => {
    const step = makeStep();
    const seen: Array<[PolicyTransactionRequest, unknown]> = [];
    const hook = createPolicyTransactionHook({ currentStep: () => step, context: () => makeContext(), simulate: async (tx, s) => (seen.push([tx, s]), { ok: true }) });
    const tx = approveRequest(DIAMOND, 100_000_000n);
    await expect(hook(tx)).resolves.toEqual({});
    expect(seen).toEqual([[tx, step]]);
  });

  it('takes the context the caller gives at this moment, also when it comes as a promise', async () => {
    const hook = createPolicyTransactionHook({ currentStep: () => makeStep(), context: async () => makeContext({ balanceOf: () => 1n }), simulate: async () => ({ ok: true }) });
    const error = await rejection(hook(approveRequest(DIAMOND, 100_000_000n)));
    expect(error.violations.map((v) => v.rule)).toContain('approval-amount');
  });

  it('a simulator that throws something that is not an Error still blocks, with that value as the reason', async () => {
    const hook = createPolicyTransactionHook({ currentStep: () => makeStep(), context: () => makeContext(), simulate: async () => Promise.reject('rpc down') });
    const error = await rejection(hook(approveRequest(DIAMOND, 100_000_000n)));
    expect(error.violations).toEqual([{ rule: 'simulation', message: expect.stringContaining('(rpc down)') }]);
  });

  it('a failed simulation blocks; only its first line is shown', async () => {
    const hook = createPolicyTransactionHook({ currentStep: () => makeStep(), context: () => makeContext(), simulate: async () => Promise.reject(new Error('reverted\nstack line')) });
    const error = await rejection(hook(approveRequest(DIAMOND, 100_000_000n)));
    expect(error.violations[0]!.message).toContain('(reverted)');
    expect(error.violations[0]!.message).not.toContain('stack line');
  });

  it('every failed rule reaches onBlocked and the error, e.g. an unlimited approval to an attacker', async () => {
    const blocked: PolicyFinding[][] = [];
    const hook = createPolicyTransactionHook({ currentStep: () => makeStep(), context: () => makeContext(), simulate: async () => ({ ok: true }), onBlocked: (v) => blocked.push(v) });
    const error = await rejection(hook(approveRequest(ATTACKER, UNLIMITED)));
    expect(error.violations.map((v) => v.rule)).toEqual(expect.arrayContaining(['approval-spender', 'approval-amount']));
    expect(blocked).toEqual([error.violations]);
  });

  it('a clean request reaches no onBlocked', async () => {
    const blocked: unknown[] = [];
    const hook = createPolicyTransactionHook({ currentStep: () => makeStep(), context: () => makeContext(), simulate: async () => ({ ok: true }), onBlocked: (v) => blocked.push(v) });
    await expect(hook(approveRequest(DIAMOND, 100_000_000n))).resolves.toEqual({});
    expect(blocked).toEqual([]);
  });
});
