import { describe, expect, it } from 'vitest';
import { PolicyViolationError, assertPolicy, findPolicyViolation } from './policy-error';
import type { PolicyFinding } from './policy-types';

const violations: PolicyFinding[] = [
  { rule: 'recipient', message: 'Pays someone else.' },
  { rule: 'slippage', message: 'Too loose.' },
];

/** `error` wrapped in `depth` causes. */
function wrapped(error: unknown, depth: number): unknown {
  let current = error;
  for (let i = 0; i < depth; i += 1) current = new Error(`wrapper ${i}`, { cause: current });
  return current;
}

describe('PolicyViolationError', () => {
  it('names every failed rule in its message, one after the other', () => {
    const error = new PolicyViolationError(violations);
    expect(error.message).toBe('Signing blocked: Pays someone else. [recipient] Too loose. [slippage]');
    expect(error.name).toBe('PolicyViolationError');
    expect(error.violations).toBe(violations);
    expect(error).toBeInstanceOf(Error);
  });
});

describe('assertPolicy', () => {
  it('throws the violations of a failed result and nothing for a passed one', () => {
    expect(() => assertPolicy({ ok: true, warnings: [] })).not.toThrow();
    let thrown: unknown;
    try {
      assertPolicy({ ok: false, violations, warnings: [] });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PolicyViolationError);
    expect((thrown as PolicyViolationError).violations).toEqual(violations);
  });
});

describe('findPolicyViolation', () => {
  const error = new PolicyViolationError(violations);

  it('finds the error itself and through up to 7 wrapping causes (the SDK wraps twice)', () => {
    expect(findPolicyViolation(error)).toBe(error);
    expect(findPolicyViolation(wrapped(error, 2))).toBe(error);
    expect(findPolicyViolation(wrapped(error, 7))).toBe(error);
  });

  it('stops looking after 8 errors, and on a cause that points back at itself', () => {
    expect(findPolicyViolation(wrapped(error, 8))).toBeUndefined();
    const loop = new Error('loop') as Error & { cause?: unknown };
    loop.cause = loop;
    expect(findPolicyViolation(loop)).toBeUndefined();
  });

  it('recognises a copy that lost its class (structured clone, another bundle) by name and violations', () => {
    const copy = { name: 'PolicyViolationError', message: error.message, violations };
    expect(findPolicyViolation(wrapped(copy, 1))).toBe(copy);
  });

  it('does not take an error that only has the name, only violations, or neither', () => {
    expect(findPolicyViolation({ name: 'PolicyViolationError' })).toBeUndefined();
    expect(findPolicyViolation({ name: 'PolicyViolationError', violations: 'recipient' })).toBeUndefined();
    expect(findPolicyViolation({ name: 'TypeError', violations })).toBeUndefined();
    expect(findPolicyViolation(new Error('plain'))).toBeUndefined();
  });

  it('a function is not an error, even the class itself or one carrying violations', () => {
    expect(findPolicyViolation(PolicyViolationError)).toBeUndefined();
    const impostor = Object.assign(function PolicyViolationError() {}, { violations });
    expect(impostor.name).toBe('PolicyViolationError');
    expect(findPolicyViolation(impostor)).toBeUndefined();
  });

  it('survives causes that are not objects', () => {
    for (const value of [undefined, null, 'PolicyViolationError', 42, false]) {
      expect(findPolicyViolation(value), String(value)).toBeUndefined();
      expect(findPolicyViolation(new Error('outer', { cause: value })), String(value)).toBeUndefined();
    }
  });
});
