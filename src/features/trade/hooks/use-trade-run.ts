import type { ExchangeRateUpdateParams, Route, RouteExtended, SDKClient } from '@lifi/sdk';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Config } from 'wagmi';
import { describeTradeError, type TradeErrorDescription } from '@/domain/lifi-errors';
import type { PolicyContext } from '@/domain/policy/policy-types';
import { findExecutingStep } from '@/domain/policy/transaction-hook';
import type { BridgeStatus } from '../api/bridge-status';
import { runTrade, stopTrade } from '../api/execute-trade';
import { simulateTransaction } from '../api/simulate-transaction';
import { bridgeTransaction, hasSentTransaction, routePhase, type TradePhase } from '../lib/execution-view';
import { historyEntryFrom } from '../lib/history-entry';
import { explainDone, explainFailed, type Outcome } from '../lib/status-explanations';
import type { HistoryEntry } from '../lib/trade-history';
import type { Journal } from '../lib/journal';
import { useBridgeWatch } from './use-bridge-watch';

export interface ActiveTrade {
  route: RouteExtended;
  startedAt: number;
  phase: TradePhase | 'cancelled';
  running: boolean;
  error?: TradeErrorDescription;
  outcome?: Outcome;
  bridgeStatus?: BridgeStatus;
}

export interface RateUpdatePrompt {
  params: ExchangeRateUpdateParams;
  /** Slippage of the step being re-quoted, for the new minimum. */
  slippage: number | undefined;
  answer: (accept: boolean) => void;
}

interface TradeRunDeps {
  client: SDKClient;
  config: Config;
  account: string;
  /** Policy context for a route at this moment (fresh balances). */
  contextFor: (route: RouteExtended, valueLossConfirmed: boolean) => Promise<PolicyContext>;
  save: (entry: HistoryEntry) => void;
  /** A route ended with tokens moved: refresh balances. */
  onSettled: () => void;
}

/** Runs one trade at a time: start (after a click), resume (after a reload), live state, history, outcome. */
export function useTradeRun(deps: TradeRunDeps) {
  const { client, config, account, contextFor, save, onSettled } = deps;
  const [active, setActive] = useState<ActiveTrade>();
  const [rateUpdate, setRateUpdate] = useState<RateUpdatePrompt>();
  const runId = useRef(0);
  // A ref, not `active.running`: two clicks before React re-renders would both see the old state.
  const busy = useRef(false);

  const launch = useCallback((route: RouteExtended, mode: 'start' | 'resume', startedAt: number, valueLossConfirmed: boolean, journal?: Journal) => {
    const id = (runId.current += 1);
    let latest = structuredClone(route);
    let finished = false;
    const persist = (r: RouteExtended, phase: ActiveTrade['phase'], note?: string, link?: string) =>
      save(historyEntryFrom(r as Route, account, startedAt, phase, Date.now(), { note, lifiExplorerUrl: link, journal }));
    const update = (patch: Partial<ActiveTrade>) => setActive((prev) => (prev && runId.current === id ? { ...prev, ...patch } : prev));
    const finish = (patch: Partial<ActiveTrade> & { phase: ActiveTrade['phase'] }, note: string, link?: string) => {
      if (finished) return;
      finished = true;
      if (runId.current === id) busy.current = false;
      update({ ...patch, running: false });
      persist(patch.route ?? latest, patch.phase, note, link);
      if (patch.phase !== 'cancelled') onSettled();
    };

    busy.current = true;
    const initialPhase = mode === 'start' ? 'signing' : routePhase(latest);
    setActive({ route: latest, startedAt, phase: initialPhase, running: true });
    persist(latest, initialPhase);

    runTrade(latest, {
      client,
      context: () => contextFor(latest, valueLossConfirmed),
      simulate: (tx, step) => simulateTransaction(config, account, tx, step),
      onBlocked: () => undefined, // the thrown PolicyViolationError carries the rules to the catch below
      onUpdate: (next) => {
        if (finished) return;
        latest = structuredClone(next);
        const phase = routePhase(latest);
        update({ route: latest, phase });
        persist(latest, phase);
      },
      confirmRateUpdate: (params) => new Promise<boolean>((resolve) => {
        const slippage = findExecutingStep(latest.steps)?.action.slippage;
        setRateUpdate({ params, slippage, answer: (accept) => { setRateUpdate(undefined); resolve(accept); } });
      }),
    }, mode)
      .then((final) => {
        const route = structuredClone(final);
        const phase = routePhase(route);
        const receiving = route.steps.at(-1)?.execution?.actions.findLast((a) => a.type === 'RECEIVING_CHAIN' || a.type === 'SWAP');
        const outcome = phase === 'failed' ? explainFailed(receiving?.substatusMessage, receiving?.substatus) : explainDone(receiving?.substatus);
        finish({ route, phase, outcome }, `${outcome.title}: ${outcome.detail}`);
      })
      .catch((error: unknown) => {
        const description = describeTradeError(error);
        finish({ route: latest, phase: hasSentTransaction(latest) ? 'failed' : 'cancelled', error: description }, description.message);
      });

    return {
      /** Our own status read says the bridge failed: stop the SDK (it would poll forever) and explain. */
      failFromStatus: (status: BridgeStatus) => {
        stopTrade(latest);
        const outcome = explainFailed(status.substatusMessage, status.substatus);
        finish({ route: latest, phase: 'failed', outcome, bridgeStatus: status }, `${outcome.title}: ${outcome.detail}`, status.lifiExplorerLink);
      },
    };
  }, [client, config, account, contextFor, save, onSettled]);

  const controls = useRef<ReturnType<typeof launch>>(undefined);
  const start = useCallback((route: Route, valueLossConfirmed: boolean, journal?: Journal) => {
    if (busy.current) return;
    controls.current = launch(route as RouteExtended, 'start', Date.now(), valueLossConfirmed, journal);
  }, [launch]);
  const resume = useCallback((entry: HistoryEntry) => {
    if (busy.current) return;
    controls.current = launch(entry.route as unknown as RouteExtended, 'resume', entry.startedAt, false, entry.journal);
  }, [launch]);

  const bridgeTx = active?.running ? bridgeTransaction(active.route) : undefined;
  const watch = useBridgeWatch(client, bridgeTx, active?.running ? active.startedAt : undefined, active?.route, {
    onStatus: (bridgeStatus) => setActive((prev) => (prev ? { ...prev, bridgeStatus } : prev)),
    onFailed: (status) => controls.current?.failFromStatus(status),
  });

  useEffect(() => () => setRateUpdate(undefined), [account]);
  const dismiss = useCallback(() => setActive((prev) => (prev?.running ? prev : undefined)), []);
  return { active, rateUpdate, start, resume, dismiss, overdue: watch.overdue, explorerUrl: watch.explorerUrl };
}
