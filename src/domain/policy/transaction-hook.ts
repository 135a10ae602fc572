import type { PolicyContext, PolicyStep, PolicyTransactionRequest, SimulationResult } from './policy-types';
import { checkTransactionRequest } from './check-transaction-request';
import { PolicyViolationError } from './policy-error';
import type { PolicyFinding } from './policy-types';

interface StepLike {
  execution?: { status?: string };
}

/** The step the SDK is executing: the first one that is not done yet. */
export function findExecutingStep<S extends StepLike>(steps: readonly S[]): S | undefined {
  return steps.find((step) => step.execution?.status !== 'DONE');
}

export interface PolicyHookDeps {
  /** The step being executed right now, as the SDK holds it (e.g. via getActiveRoute(route.id)). */
  currentStep: () => PolicyStep | undefined;
  /** The policy context at this moment (fresh balances, settings). */
  context: () => PolicyContext | Promise<PolicyContext>;
  /** eth_call / estimateGas of the exact request on the step's source chain. */
  simulate: (tx: PolicyTransactionRequest, step: PolicyStep) => Promise<SimulationResult>;
  onBlocked?: (violations: PolicyFinding[]) => void;
}

/**
 * Builds an `updateTransactionRequestHook` for `executeRoute`: every request is checked just before the
 * wallet sees it; a failed rule throws PolicyViolationError, which stops the SDK before any prompt.
 * Returns no changes, so the request the wallet signs is the one that was checked.
 */
export function createPolicyTransactionHook(deps: PolicyHookDeps) {
  return async (tx: PolicyTransactionRequest): Promise<Record<string, never>> => {
    const step = deps.currentStep();
    if (!step) {
      const violations: PolicyFinding[] = [{ rule: 'route-shape', message: 'No step of the route is being executed, so this transaction cannot be checked.' }];
      deps.onBlocked?.(violations);
      throw new PolicyViolationError(violations);
    }
    let simulation: SimulationResult;
    try {
      simulation = await deps.simulate(tx, step);
    } catch (error) {
      simulation = { ok: false, reason: error instanceof Error ? error.message.split('\n')[0] : String(error) };
    }
    const result = checkTransactionRequest(tx, step, await deps.context(), { simulation });
    if (!result.ok) {
      deps.onBlocked?.(result.violations);
      throw new PolicyViolationError(result.violations);
    }
    return {};
  };
}
