import type { PolicyFinding, PolicyResult } from './policy-types';

/** Thrown from the SDK's transaction hook to stop the wallet prompt; carries the failed rules. */
export class PolicyViolationError extends Error {
  override readonly name = 'PolicyViolationError';
  readonly violations: PolicyFinding[];

  constructor(violations: PolicyFinding[]) {
    super(`Signing blocked: ${violations.map((v) => `${v.message} [${v.rule}]`).join(' ')}`);
    this.violations = violations;
  }
}

export function assertPolicy(result: PolicyResult): void {
  if (!result.ok) throw new PolicyViolationError(result.violations);
}

/** Finds a PolicyViolationError anywhere in an error's cause chain (the SDK wraps hook errors twice). */
export function findPolicyViolation(error: unknown): PolicyViolationError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current; depth += 1) {
    if (current instanceof PolicyViolationError) return current;
    if (typeof current === 'object' && current !== null && (current as { name?: unknown }).name === 'PolicyViolationError' && Array.isArray((current as { violations?: unknown }).violations)) {
      return current as PolicyViolationError;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
