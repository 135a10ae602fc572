import { formatAmount } from '@/domain/amounts';
import { chainName, explorerTxUrl } from '@/domain/chains';
import { actionLabel, actionStatusText } from './status-explanations';

/** The parts of a LI.FI RouteExtended this view reads (structural, so it also fits a stored route). */
export interface ExecAction {
  type: string;
  status: string;
  chainId?: number;
  txHash?: string;
  txLink?: string;
  substatus?: string;
  substatusMessage?: string;
  error?: { code?: string | number; message?: string };
}
interface ExecStep {
  id: string;
  tool?: string;
  toolDetails?: { name?: string };
  action: { fromChainId: number; toChainId: number; fromAmount: string; fromToken: { symbol: string; decimals: number; address: string }; toToken: { symbol: string } };
  estimate?: { executionDuration?: number };
  execution?: { status: string; actions: ExecAction[]; internalTxLink?: string; toAmount?: string; toToken?: { symbol: string; decimals: number } };
}
export interface ExecRoute {
  id: string;
  fromChainId: number;
  toChainId: number;
  steps: ExecStep[];
}

export type TradePhase = 'not-started' | 'signing' | 'in-flight' | 'done' | 'partial' | 'refunded' | 'failed';

interface ActionView {
  key: string;
  type: string;
  label: string;
  status: string;
  statusText: string;
  chainId?: number;
  txHash?: string;
  explorerUrl?: string;
}

interface StepView {
  key: string;
  title: string;
  status: string;
  actions: ActionView[];
}

const SENT_TYPES = new Set(['SWAP', 'CROSS_CHAIN']);

function lastReceiving(route: ExecRoute): ExecAction | undefined {
  const last = route.steps[route.steps.length - 1];
  return last?.execution?.actions.findLast((a) => a.type === 'RECEIVING_CHAIN' || a.type === 'SWAP');
}

/** Where the route stands, from the SDK's execution objects. */
export function routePhase(route: ExecRoute): TradePhase {
  const executions = route.steps.map((step) => step.execution);
  if (executions.some((e) => e?.status === 'FAILED')) return 'failed';
  if (executions.length > 0 && executions.every((e) => e?.status === 'DONE')) {
    const substatus = lastReceiving(route)?.substatus;
    if (substatus === 'PARTIAL') return 'partial';
    if (substatus === 'REFUNDED') return 'refunded';
    return 'done';
  }
  if (executions.every((e) => !e)) return 'not-started';
  return hasSentTransaction(route) ? 'in-flight' : 'signing';
}

/** True once a swap or bridge transaction of the route has a hash (it reached the chain). */
export function hasSentTransaction(route: ExecRoute): boolean {
  return route.steps.some((step) => step.execution?.actions.some((a) => SENT_TYPES.has(a.type) && !!a.txHash && a.status !== 'FAILED'));
}

/**
 * Whether resuming would ask the wallet to sign again: some unfinished step has no swap or bridge
 * transaction sent yet. Such a route only continues after a new click.
 */
export function needsSignature(route: ExecRoute): boolean {
  return route.steps.some((step) => step.execution?.status !== 'DONE' && !step.execution?.actions.some((a) => SENT_TYPES.has(a.type) && !!a.txHash && a.status !== 'FAILED'));
}

/** The sent bridge transaction whose status LI.FI tracks, if any. */
export function bridgeTransaction(route: ExecRoute): { txHash: string; fromChainId: number; toChainId: number; tool?: string } | undefined {
  for (const step of route.steps) {
    const cross = step.execution?.actions.find((a) => a.type === 'CROSS_CHAIN' && a.txHash);
    if (cross?.txHash && step.execution?.status !== 'DONE') return { txHash: cross.txHash, fromChainId: step.action.fromChainId, toChainId: step.action.toChainId, tool: step.tool };
  }
  return undefined;
}

/** Every transaction hash the route produced, for the history and explorer links. */
export function sentHashes(route: ExecRoute): { chainId: number; txHash: string; type: string }[] {
  return route.steps.flatMap((step) =>
    (step.execution?.actions ?? []).flatMap((a) => (a.txHash ? [{ chainId: a.chainId ?? step.action.fromChainId, txHash: a.txHash, type: a.type }] : [])),
  );
}

/** Steps and actions in plain words with explorer links, for the live progress list. */
export function buildExecutionView(route: ExecRoute): StepView[] {
  return route.steps.map((step, index) => {
    const names = {
      symbol: step.action.fromToken.symbol,
      fromChain: chainName(step.action.fromChainId),
      toChain: chainName(step.action.toChainId),
      amountText: safeFormat(step.action.fromAmount, step.action.fromToken.decimals),
    };
    const actions = (step.execution?.actions ?? []).map((a, i): ActionView => {
      const chainId = a.chainId ?? (a.type === 'RECEIVING_CHAIN' ? step.action.toChainId : step.action.fromChainId);
      return {
        key: `${a.type}-${i}`,
        type: a.type,
        label: actionLabel(a.type, names),
        status: a.status,
        statusText: actionStatusText(a.status, a.type),
        chainId,
        txHash: a.txHash,
        explorerUrl: a.txHash ? explorerTxUrl(chainId, a.txHash) : undefined,
      };
    });
    const tool = step.toolDetails?.name ?? step.tool ?? 'LI.FI';
    return { key: step.id || String(index), title: `${names.symbol} → ${step.action.toToken.symbol} via ${tool}`, status: step.execution?.status ?? 'NOT_STARTED', actions };
  });
}

function safeFormat(amount: string, decimals: number): string | undefined {
  return /^\d+$/.test(amount) && amount.length < 79 ? formatAmount(BigInt(amount), decimals, { significant: 8 }) : undefined;
}
