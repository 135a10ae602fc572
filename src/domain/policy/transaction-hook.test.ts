import { describe, expect, it } from 'vitest';
import { createPolicyTransactionHook, findExecutingStep } from './transaction-hook';
import { PolicyViolationError, findPolicyViolation } from './policy-error';
import { ATTACKER, DIAMOND, approveRequest, makeContext, makeStep, swapRequest } from './test-fixtures';

describe('createPolicyTransactionHook', () => {
  const base = { currentStep: () => makeStep(), context: () => makeContext() };

  it('lets a clean request through unchanged', async () => {
    const hook = createPolicyTransactionHook({ ...base, simulate: async () => ({ ok: true }) });
    await expect(hook(approveRequest(DIAMOND, 100_000_000n))).resolves.toEqual({});
  });

  it('throws a PolicyViolationError naming the rule, found again through wrapping causes', async () => {
    const blocked: string[] = [];
    const hook = createPolicyTransactionHook({ ...base, simulate: async () => ({ ok: true }), onBlocked: (v) => blocked.push(...v.map((x) => x.rule)) });
    const error = await hook(swapRequest({ to: ATTACKER })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PolicyViolationError);
    expect(blocked).toEqual(['to-is-lifi-contract']);
    const wrapped = new Error('outer', { cause: new Error('middle', { cause: error }) });
    expect(findPolicyViolation(wrapped)?.violations[0]?.rule).toBe('to-is-lifi-contract');
    expect(findPolicyViolation(new Error('plain'))).toBeUndefined();
  });

  it('treats a failing simulator as a failed simulation', async () => {
    const hook = createPolicyTransactionHook({ ...base, simulate: async () => { throw new Error('execution reverted: nope\nmore'); } });
    const error = (await hook(swapRequest()).catch((e: unknown) => e)) as PolicyViolationError;
    expect(error.violations).toEqual([{ rule: 'simulation', message: expect.stringContaining('execution reverted: nope') }]);
  });

  it('blocks when no step is executing', async () => {
    const hook = createPolicyTransactionHook({ ...base, currentStep: () => undefined, simulate: async () => ({ ok: true }) });
    await expect(hook(swapRequest())).rejects.toBeInstanceOf(PolicyViolationError);
  });

  it('findExecutingStep returns the first step not done', () => {
    const steps = [{ id: 'a', execution: { status: 'DONE' } }, { id: 'b', execution: { status: 'PENDING' } }, { id: 'c' }];
    expect(findExecutingStep(steps)?.id).toBe('b');
    expect(findExecutingStep([{ id: 'a', execution: { status: 'DONE' } }])).toBeUndefined();
  });
});
