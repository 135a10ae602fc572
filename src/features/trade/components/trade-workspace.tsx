import type { Token } from '@lifi/sdk';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { routeTools } from '@/domain/market/route-tools';
import { useAccount, useSwitchChain } from 'wagmi';
import { useTradeForm } from '../hooks/use-trade-form';
import { useRouteCheck } from '../hooks/use-route-check';
import { useTradeHistory } from '../hooks/use-trade-history';
import { useTradeRoutes } from '../hooks/use-trade-routes';
import { useTradeRun } from '../hooks/use-trade-run';
import { useTradeSetup } from '../hooks/use-trade-setup';
import { usePolicyContextFor } from '../hooks/use-policy-context-for';
import { needsSignature } from '../lib/execution-view';
import { isUnfinished } from '../lib/trade-history';
import type { TradeHandoff } from '../lib/trade-request';
import type { HoldingsQuery } from '../lib/holdings-query';
import type { TradeSlots } from '../lib/trade-slots';
import { thesisFor, journalStart } from '../lib/journal';
import { RateUpdatePrompt } from './rate-update-prompt';
import { RouteList } from './route-list';
import { CONFIRM_WORD, RouteReview } from './route-review';
import { TradeForm } from './trade-form';
import { TradeHistoryList } from './trade-history-list';
import { TradeProgress } from './trade-progress';

const NO_TOKENS: Token[] = [];

export function TradeWorkspace({ address, holdingsQuery, request, slots = {} }: { address: string; holdingsQuery: HoldingsQuery; request?: TradeHandoff; slots?: TradeSlots }) {
  const queryClient = useQueryClient();
  const { config, client, lifi, chainIds, tokens } = useTradeSetup();
  const holdings = useQuery(holdingsQuery(address));
  const { chainId: walletChainId, status } = useAccount();
  const { switchChain, isPending: switching } = useSwitchChain();
  const history = useTradeHistory(address);
  const tokenList = tokens.data ?? NO_TOKENS;
  const diamonds = lifi.data?.diamonds ?? {};

  const form = useTradeForm({ account: address, tokens: tokenList, chainIds, walletChainId, holdings: holdings.data, request });
  const routes = useTradeRoutes(client, form.settled, form.settling);
  const [selectedId, setSelectedId] = useState<string>();
  const selected = routes.routes.find((r) => r.id === selectedId) ?? routes.routes[0];
  const [confirmText, setConfirmText] = useState('');
  useEffect(() => setConfirmText(''), [selected?.id]);
  const confirmed = confirmText.trim() === CONFIRM_WORD;
  const check = useRouteCheck({ route: selected, params: routes.params, account: address, diamonds, tokens: tokenList, holdings: holdings.data, valueLossConfirmed: confirmed });

  const [newsHold, setNewsHold] = useState<string | null>(null);
  const checkTokens = useMemo(() => [form.fromToken?.symbol, form.toToken?.symbol].filter((s): s is string => !!s), [form.fromToken?.symbol, form.toToken?.symbol]);
  const checkTools = useMemo(() => (selected ? routeTools(selected) : []), [selected]);
  const { NewsCheck } = slots;
  const newsCheck = (hidden: boolean) => (NewsCheck && checkTokens.length > 0 ? <NewsCheck key={selected?.id ?? 'none'} tokens={checkTokens} tools={checkTools} hidden={hidden} onHoldChange={setNewsHold} /> : null);

  const contextFor = usePolicyContextFor({ address, holdingsQuery, diamonds, tokens: tokenList });
  const onSettled = useCallback(() => void queryClient.invalidateQueries({ queryKey: holdingsQuery(address).queryKey }), [queryClient, holdingsQuery, address]);
  const run = useTradeRun({ client, config, account: address, contextFor: contextFor.get, save: history.save, onSettled });
  const running = run.active?.running ?? false;

  // After a reload: a trade whose transaction was already sent is tracked again at once (nothing to sign).
  const resumeChecked = useRef(false);
  useEffect(() => {
    if (resumeChecked.current || status !== 'connected' || !lifi.data || run.active) return;
    resumeChecked.current = true;
    const entry = history.entries.find((e) => isUnfinished(e) && !needsSignature(e.route));
    if (entry) run.resume(entry);
  }, [status, lifi.data, run, history.entries]);

  if (lifi.isError || tokens.isError) {
    return (
      <div className="trade-notice trade-notice-error" role="alert">
        <p>LI.FI's chains or tokens could not be loaded. Trading is unavailable for now.</p>
        <button type="button" className="btn btn-small" onClick={() => void (lifi.isError ? lifi.refetch() : tokens.refetch())}>Try again</button>
      </div>
    );
  }
  if (!lifi.data || !tokens.data) return <p className="trade-muted" role="status">Loading LI.FI chains and tokens…</p>;

  return (
    <div className="trade-workspace">
      <TradeForm form={form} tokens={tokenList} chainIds={chainIds} disabled={running} />
      {run.rateUpdate ? <RateUpdatePrompt prompt={run.rateUpdate} /> : null}
      {run.active ? (
        <TradeProgress trade={run.active} overdue={run.overdue} explorerUrl={run.explorerUrl} onDismiss={run.dismiss} />
      ) : (
        <>
          <RouteList routes={routes.routes} tags={routes.tags} selectedId={selected?.id} loading={routes.loading} stale={routes.stale} error={routes.error} retryInSeconds={routes.retryInSeconds}
            malformed={routes.malformed} hasRequest={!!form.params} onSelect={setSelectedId} onRetry={routes.refetch} />
          {!(selected && check && !routes.error) ? newsCheck(true) : null}
          {selected && check && !routes.error ? (
            <RouteReview route={selected} summary={check.summary} policy={check.policy} stale={routes.stale} confirmText={confirmText} onConfirmText={setConfirmText}
              walletChainId={walletChainId} switching={switching} onSwitchChain={() => switchChain({ chainId: selected.fromChainId })} busy={running} newsCheck={newsCheck(false)} newsHold={NewsCheck ? newsHold : null}
              onSign={() => {
                if (!check.policy.ok || !routes.params) return;
                contextFor.remember(selected.id, routes.params);
                run.start(selected, confirmed, journalStart(selected, thesisFor(request, selected)));
              }} />
          ) : null}
        </>
      )}
      <TradeHistoryList entries={history.entries} tokens={tokenList} StorySince={slots.StorySince} activeRouteId={run.active?.running ? run.active.route.id : undefined} busy={running} onContinue={run.resume} />
    </div>
  );
}
